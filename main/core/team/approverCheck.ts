import type { Approver, ApproversFile } from '../../../common/model/approvers';
import type { Language, ReleaseType } from '../../../common/model/vocab';
import { verifyClaim, type SignedClaim } from './signing';

/** A signed approval as the shared library holds it. */
export interface SignedApproval extends SignedClaim {
  publicKey: string;
  signature: string;
}

/** Why a signed approval does not count, checked against the approvers list; undefined when it does. */
export function signedApprovalProblem(
  approval: SignedApproval,
  release: { id: string; type: ReleaseType; language: Language },
  contentHash: string,
  list: ApproversFile,
): string | undefined {
  const approver: Approver | undefined = list.approvers.find((a) => a.publicKey === approval.publicKey);
  if (!approver) return 'it was signed by a key that is not in the approvers list';
  if (approval.releaseId !== release.id) return `${approver.name}'s signature is for another release`;
  if (!verifyClaim(approval.publicKey, approval, approval.signature))
    return `${approver.name}'s signature does not match what it claims`;
  if (approval.hash !== contentHash) return `${approver.name} approved other content than the release now holds`;
  if (approver.types && !approver.types.includes(release.type))
    return `${approver.name} may not approve this type of release`;
  if (approver.languages && !approver.languages.includes(release.language))
    return `${approver.name} may not approve releases in this language`;
  return undefined;
}
