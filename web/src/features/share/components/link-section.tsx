import {
  encodeShareLink,
  fitsInShareLink,
  type PortableCollection,
  SHARE_LINK_URL_LIMIT,
  shareLinkUrl,
} from '@playground/shared';
import { useQuery } from '@tanstack/react-query';
import { CopyField } from './copy-field.tsx';

interface LinkSectionProps {
  portable: PortableCollection;
  present: boolean;
}

/** The link with the collection inside (its fragment), when it is short enough to pass around. */
export function LinkSection({ portable, present }: LinkSectionProps) {
  const link = useQuery({
    queryKey: ['share-link', portable, present],
    queryFn: async () => shareLinkUrl(window.location.origin, await encodeShareLink(portable), { present }),
    gcTime: 0,
    staleTime: Number.POSITIVE_INFINITY,
  });

  return (
    <section className="share-section" aria-label="Link with the collection inside">
      <h3>Link with the collection inside</h3>
      {link.isPending ? (
        <p className="share-muted">Packing the collection…</p>
      ) : link.isError ? (
        <p className="share-problem-text">The link could not be made: {link.error.message}</p>
      ) : fitsInShareLink(link.data) ? (
        <>
          <p className="share-muted">
            The collection travels inside the link, after the <code>#</code>: browsers never send that part to
            a server, so it never reaches one.
          </p>
          <CopyField label="Link" value={link.data} />
        </>
      ) : (
        <p className="share-muted">
          This collection makes a link of {link.data.length.toLocaleString('en')} characters, too long to pass
          around (chat apps and e-mail cut links past about {SHARE_LINK_URL_LIMIT.toLocaleString('en')}).
          Publish a snapshot instead: it gives a short link.
        </p>
      )}
    </section>
  );
}
