/** `robots.txt` at the base (see src/course/robots.ts). */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../course/robots';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site, import.meta.env.BASE_URL), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
