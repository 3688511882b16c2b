/**
 * Where the present windows go. The audience gets the external display when there is one
 * (the projector), never the laptop panel by accident; the presenter view gets the other.
 * With one display the audience is fullscreen and the presenter view starts hidden.
 */
import type { DisplayWithBounds, PresentPlan } from '../services/ports.ts';

export function planDisplays(displays: readonly DisplayWithBounds[], chosenAudienceId: number | null = null): PresentPlan | null {
  if (displays.length === 0) return null;
  const primary = displays.find((d) => d.primary) ?? displays[0]!;
  const chosen = chosenAudienceId === null ? undefined : displays.find((d) => d.id === chosenAudienceId);
  const audience = chosen ?? displays.find((d) => d.id !== primary.id) ?? primary;
  const presenter = audience.id !== primary.id ? primary : (displays.find((d) => d.id !== audience.id) ?? audience);
  return { audience, presenter, presenterVisible: presenter.id !== audience.id };
}
