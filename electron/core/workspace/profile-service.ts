import type { Services } from '../../../shared/api/contract';
import type { CoreContext } from '../core-context';

export function profileServices(ctx: CoreContext): Pick<Services, 'getProfile' | 'setProfile'> {
  return {
    getProfile: () => ({ name: ctx.profile.name() }),
    setProfile: ({ name }) => {
      ctx.profile.setName(name);
      return { name };
    },
  };
}
