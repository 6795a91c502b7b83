import { useId, useState } from 'react';
import type { SiteResult } from '../../../shared/api/site-operations';
import { api } from '../api/api';
import { Form } from '../forms/form';
import { FormAlert } from '../forms/form-alert';
import { formFields } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { TextField } from '../forms/text-field';

const FIELDS = formFields({ folder: 'Folder', baseUrl: 'Web address' });

/** Publishes the workspace as a static site in a folder, for a web host or the rest of the organisation. */
export function PublishPanel({ workspaceId }: { workspaceId: string }) {
  const id = useId();
  const [folder, setFolder] = useState('');
  const [baseUrl, setBaseUrl] = useState('');
  const [result, setResult] = useState<SiteResult | null>(null);

  const publish = async () => {
    setResult(null);
    setResult(await api().publishSite({ workspaceId, folder, baseUrl: baseUrl.trim() === '' ? null : baseUrl }));
  };

  return (
    <section className="sync-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Publish as a site
      </h2>
      <p className="section-text">
        Writes a static web site of the decisions: an index with search and filters by status, tag, person and date, a page
        per decision with its links and supersede chain, pages by status and tag, a timeline and a graph. It loads nothing
        from elsewhere, opens from the folder itself, decision pages run no script, and a file that did not change is left
        untouched. The folder must be empty or a site published before. Give the web address it will be served from to add
        an Atom feed and canonical links.
      </p>
      <Form className="sync-form" onSubmit={publish} fields={FIELDS}>
        <TextField name="folder" label="Folder" className="sync-path" value={folder} placeholder="/home/me/decision-site" onChange={setFolder} />
        <TextField
          name="baseUrl"
          label="Web address (optional)"
          className="sync-path"
          value={baseUrl}
          placeholder="https://team.github.io/decisions/"
          onChange={setBaseUrl}
        />
        <SubmitButton className="button" pendingLabel="Publishing…" disabled={folder.trim() === ''}>
          Publish
        </SubmitButton>
        <FormAlert />
      </Form>
      {result && (
        <p className="sync-result" role="status">
          Published {result.pages} files to <code>{result.folder}</code>: {result.written.length} written, {result.unchanged} unchanged
          {result.removed.length > 0 ? `, ${result.removed.length} removed` : ''}.
        </p>
      )}
    </section>
  );
}
