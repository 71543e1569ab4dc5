import type { programmeProcedures } from '../../../shared/api/procedures/programme';
import * as agenda from './agenda';
import * as speeches from './speeches';
import * as awards from './awards';
import { generateMcScript } from './mc-script';
import * as awardImport from './award-import';
import * as attachments from './speech-attachments';
import * as scriptEdits from './mc-script';
import * as docs from './programme-documents';
import * as awardDocs from './award-documents';
import type { AreaFactory } from '../kernel/context';

const without = <T extends object, K extends keyof T>(o: T, ...keys: K[]) => {
  const c = { ...o };
  for (const k of keys) delete c[k];
  return c as Omit<T, K>;
};

export const programmeHandlers: AreaFactory<typeof programmeProcedures> = (ctx) => ({
  'agenda.list': (i) => agenda.listAgenda(ctx, i.conferenceId),
  'agenda.create': (i) =>
    agenda.createAgendaItem(ctx, i.conferenceId, without(i, 'conferenceId', 'position'), i.position),
  'agenda.update': (i) => agenda.updateAgendaItem(ctx, i.id, i.patch),
  'agenda.reorder': (i) => agenda.reorderAgenda(ctx, i.conferenceId, i.orderedIds),
  'agenda.delete': (i) => agenda.deleteAgendaItems(ctx, i.ids),
  'agenda.mark': (i) => agenda.markAgendaItem(ctx, i.id, i.event, i.at),
  'agenda.fromSpeeches': (i) => speeches.syncSpeechesToAgenda(ctx, i.conferenceId),
  'speech.list': async (i) => ({ items: await speeches.listSpeeches(ctx, i.conferenceId) }),
  'speech.create': (i) => speeches.createSpeech(ctx, i.conferenceId, without(i, 'conferenceId')),
  'speech.update': (i) => speeches.updateSpeech(ctx, i.id, i.patch),
  'speech.delete': (i) => speeches.deleteSpeech(ctx, i.id),
  'award.list': (i) => awards.listAwards(ctx, i.conferenceId),
  'award.decision.create': (i) => awards.createDecision(ctx, i.conferenceId, without(i, 'conferenceId')),
  'award.decision.update': (i) => awards.updateDecision(ctx, i.id, i.patch),
  'award.decision.delete': (i) => awards.deleteDecision(ctx, i.id),
  'award.recipient.create': async (i) => ({
    id: (await awards.createRecipients(ctx, i.decisionId, [without(i, 'decisionId')])).ids[0],
  }),
  'award.recipient.createMany': (i) => awards.createRecipients(ctx, i.decisionId, i.items),
  'award.recipient.importPreview': (i) =>
    awardImport.previewAwardImport(ctx, i.conferenceId, i.decisionId, i.fileName, i.contentBase64),
  'award.recipient.import': (i) =>
    awardImport.commitAwardImport(ctx, i.conferenceId, i.decisionId, i.fileName, i.contentBase64),
  'award.recipient.update': (i) => awards.updateRecipient(ctx, i.id, i.patch),
  'award.recipient.delete': (i) => awards.deleteRecipient(ctx, i.id),
  'award.batches.plan': (i) => awards.planAwardBatches(ctx, i.conferenceId, i.maxPerBatch),
  'award.batch.update': (i) => awards.updateBatch(ctx, i.conferenceId, i.no, i.presenterDelegateId, i.presenterText),
  'speech.attach': (i) => attachments.attachSpeechFile(ctx, i.speechId, i.fileName, i.contentBase64),
  'speech.attachment': (i) => attachments.speechAttachment(ctx, i.speechId),
  'script.saved': (i) => scriptEdits.loadScriptEdits(ctx, i.conferenceId),
  'script.save': (i) => scriptEdits.saveScriptEdits(ctx, i.conferenceId, i.blocks, i.namedCategories),
  'script.current': (i) => scriptEdits.scriptBlocksFor(ctx, i.conferenceId),
  'script.generate': (i) => generateMcScript(ctx, i.conferenceId, i.namedCategories),
  'document.programme': (i) => docs.programmeDocx(ctx, i.conferenceId),
  'document.speechAssignments': (i) => docs.speechAssignmentsDocx(ctx, i.conferenceId, i.planRef),
  'document.awardList': (i) => awardDocs.awardListDocx(ctx, i.conferenceId, i.decisionId),
  'document.awardLineup': (i) => awardDocs.awardLineupDocx(ctx, i.conferenceId),
  'document.mcScript': (i) => docs.mcScriptDocx(ctx, i.conferenceId, i.namedCategories, i.blocks),
});
