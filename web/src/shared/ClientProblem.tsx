import { useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { checkUpload } from './upload-check.ts';

/**
 * What the browser itself refuses before anything is sent (issue #17): a file over the limit or of the wrong type, an
 * application the regulation's checks find incomplete. Shown as an alert and focused, so it is read out at once.
 */
export function useUploadCheck() {
  const { t } = useI18n();
  const [text, setText] = useState<string | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const show = (message: string) => {
    setText(message);
    setTimeout(() => ref.current?.focus(), 0);
  };
  return {
    text,
    ref,
    show,
    clear: () => setText(null),
    /** False (with the reason shown, the limit stated) when the file may not be uploaded. */
    accepts: (file: File) => {
      const problem = checkUpload(file);
      if (!problem) {
        setText(null);
        return true;
      }
      show(problem.kind === 'tooLarge' ? t('upload.tooLarge', { name: problem.name, size: problem.sizeMegabytes, limit: problem.limitMegabytes }) : t('upload.wrongType', { name: problem.name }));
      return false;
    },
  };
}

export function ClientProblem({ problem }: { readonly problem: ReturnType<typeof useUploadCheck> }) {
  if (!problem.text) return null;
  return (
    <div ref={problem.ref} className="alert alert-error" role="alert" tabIndex={-1} data-testid="intake-problem">
      {problem.text}
    </div>
  );
}
