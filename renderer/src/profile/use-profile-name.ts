import { useServerQuery } from '../queries/server-query';

/** Who is working: undefined until read, null when nobody has said their name yet (first start). */
export function useProfileName(): string | null | undefined {
  return useServerQuery('getProfile', {}).data?.name;
}
