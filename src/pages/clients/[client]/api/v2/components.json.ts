// Statuspage API v2: /clients/<client>/api/v2/components.json (src/lib/statuspage/api.ts maps the status view to it).
import { clientPaths } from '../../../../../data/clients.ts';
import { statuspageRoute } from '../../../../../data/statuspage.ts';

export const getStaticPaths = clientPaths;
export const GET = statuspageRoute('components.json');
