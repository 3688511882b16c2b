import { useEffect, useState } from 'react';
import { useEditor } from '../store/index.ts';
import { selectNotice } from '../store/selectors.ts';

/** The latest one-line notice. Info fades after a while; an error stays until the next notice. */
export function NoticeLine({ className = '' }: { className?: string }) {
  const notice = useEditor(selectNotice);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    if (!notice) return;
    setVisible(true);
    if (notice.tone === 'error') return;
    const t = setTimeout(() => setVisible(false), 6000);
    return () => clearTimeout(t);
  }, [notice]);
  return (
    <span className={`status-notice ${className}`} role={notice?.tone === 'error' ? 'alert' : 'status'} data-testid="notice">
      {visible && notice ? <span className={`notice notice-${notice.tone}`} title={notice.text}>
          {notice.text}
        </span> : null}
    </span>
  );
}
