import { useSiteSettings } from './siteSettings';

/** What this site is, in the collection's own words (site.json): its description, then its footer text. */
export function SiteFooter() {
  const { description, footer } = useSiteSettings();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        {[description, ...footer].map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </div>
    </footer>
  );
}
