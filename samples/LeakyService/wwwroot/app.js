// EG0304 on purpose, playbook section 2: frontend builds never embed API keys. Vite inlines every VITE_*
// variable into the bundle, so this one would ship to every browser (use the in-app Provider manager).
const providerKey = import.meta.env.VITE_OPENAI_API_KEY;
export const describe = () => `key configured: ${providerKey ? "yes" : "no"}`;
