/** What this site is, and that the bundled samples are invented. */
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>
          Verbatim is a reader for news archives: every direct quote highlighted and attributed, and everyone
          named gathered in one index.
        </p>
        <p>
          The bundled sample stories are invented. The people, places and organisations in them are fictional.
        </p>
      </div>
    </footer>
  );
}
