import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { useHref, useLinkClickHandler, useLocation, useResolvedPath, type To } from 'react-router';

/**
 * The app's links, in place of React Router's `Link` and `NavLink`: the same `<a href>` and the same
 * client-side navigation (React Router's own `useLinkClickHandler`: a plain left click navigates in the
 * app, a modified click or another target is left to the browser), without the framework-mode parts this
 * app has no use for — route-module prefetching, view transitions, masks — which every first visit would
 * otherwise download (~2 KB gzip; docs/performance.md). Every `to` in the app is an address inside the site.
 */
export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: To;
  replace?: boolean;
}

export function Link({ to, replace, target, onClick, ...rest }: LinkProps) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to, { replace, target });
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!event.defaultPrevented) navigate(event);
  };
  return <a {...rest} href={href} target={target} onClick={handleClick} />;
}

export interface NavLinkProps extends Omit<LinkProps, 'className'> {
  /** Only this exact path is the current page (not the paths under it). */
  end?: boolean;
  className: (state: { isActive: boolean }) => string | undefined;
}

/** A link that knows whether it is the current page: `aria-current="page"` and `className({ isActive })`. */
export function NavLink({ end = false, className, to, ...rest }: NavLinkProps) {
  const { pathname } = useLocation();
  const target = useResolvedPath(to).pathname;
  const isActive = isCurrentPath(pathname, target, end);
  return (
    <Link
      {...rest}
      to={to}
      aria-current={isActive ? 'page' : undefined}
      className={className({ isActive })}
    />
  );
}

/** React Router's rule (case-insensitive): the same path, or with `end` off a path below it. */
export function isCurrentPath(current: string, target: string, end: boolean): boolean {
  const here = current.toLowerCase();
  const there = target.toLowerCase();
  if (here === there) return true;
  if (end) return false;
  const slash = there !== '/' && there.endsWith('/') ? there.length - 1 : there.length;
  return here.startsWith(there) && here.charAt(slash) === '/';
}
