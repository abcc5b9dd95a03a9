// The one place the UI talks to the Rust side: one typed function per IPC command.
// A rejected invoke() always becomes a typed IpcError, so callers never see raw strings.
import { invoke } from '@tauri-apps/api/core';
import type { ActionInput } from './bindings/ActionInput';
import type { ActionItem } from './bindings/ActionItem';
import type { ActionQuery } from './bindings/ActionQuery';
import type { ActionStatus } from './bindings/ActionStatus';
import type { ActionView } from './bindings/ActionView';
import type { AgendaItem } from './bindings/AgendaItem';
import type { AttendanceInput } from './bindings/AttendanceInput';
import type { Committee } from './bindings/Committee';
import type { CommitteeDetail } from './bindings/CommitteeDetail';
import type { CommitteeInput } from './bindings/CommitteeInput';
import type { CommitteeMember } from './bindings/CommitteeMember';
import type { CommitteeRow } from './bindings/CommitteeRow';
import type { Decision } from './bindings/Decision';
import type { DecisionInput } from './bindings/DecisionInput';
import type { Meeting } from './bindings/Meeting';
import type { MeetingDetail } from './bindings/MeetingDetail';
import type { MeetingInput } from './bindings/MeetingInput';
import type { MeetingPrep } from './bindings/MeetingPrep';
import type { MeetingRow } from './bindings/MeetingRow';
import type { MemberInput } from './bindings/MemberInput';
import type { RegisterEntry } from './bindings/RegisterEntry';
import type { RegisterFilter } from './bindings/RegisterFilter';
import type { FieldError } from './bindings/FieldError';
import type { Initiative } from './bindings/Initiative';
import type { InitiativeDetail } from './bindings/InitiativeDetail';
import type { InitiativeInput } from './bindings/InitiativeInput';
import type { InitiativeRow } from './bindings/InitiativeRow';
import type { OrgUnit } from './bindings/OrgUnit';
import type { OrgUnitInput } from './bindings/OrgUnitInput';
import type { Sponsor } from './bindings/Sponsor';
import type { SponsorDetail } from './bindings/SponsorDetail';
import type { SponsorInput } from './bindings/SponsorInput';
import type { SponsorQuery } from './bindings/SponsorQuery';
import type { SponsorRow } from './bindings/SponsorRow';
import type { Sponsorship } from './bindings/Sponsorship';
import type { SponsorshipInput } from './bindings/SponsorshipInput';
// Warnings, touchpoints and settings (issue 4).
import type { Departure } from './bindings/Departure';
import type { FollowUp } from './bindings/FollowUp';
import type { AckInput } from './bindings/AckInput';
import type { ItemStatusInput } from './bindings/ItemStatusInput';
import type { MatrixRow } from './bindings/MatrixRow';
import type { OpenItem } from './bindings/OpenItem';
import type { Settings } from './bindings/Settings';
import type { SnoozeInput } from './bindings/SnoozeInput';
import type { TimelineEntry } from './bindings/TimelineEntry';
import type { TimelineQuery } from './bindings/TimelineQuery';
import type { Touchpoint } from './bindings/Touchpoint';
import type { TouchpointInput } from './bindings/TouchpointInput';
import type { TouchpointItem } from './bindings/TouchpointItem';
import type { OverviewQuery } from './bindings/OverviewQuery';
import type { ViewQuery } from './bindings/ViewQuery';
import type { Warning } from './bindings/Warning';
import type { WarningAck } from './bindings/WarningAck';
import type { WarningsOverview } from './bindings/WarningsOverview';
import type { WarningsQuery } from './bindings/WarningsQuery';
import type { WhatIf } from './bindings/WhatIf';
import type { WhatIfQuery } from './bindings/WhatIfQuery';
import type { Dashboard } from './bindings/Dashboard';
import type { Metric } from './bindings/Metric';
import type { MetricInput } from './bindings/MetricInput';
import type { MetricSeries } from './bindings/MetricSeries';
import type { MetricValue } from './bindings/MetricValue';
import type { MetricValueInput } from './bindings/MetricValueInput';
import type { QuickWin } from './bindings/QuickWin';
import type { QuickWinInput } from './bindings/QuickWinInput';
import type { SearchHit } from './bindings/SearchHit';
import type { Story } from './bindings/Story';
import type { StoryInput } from './bindings/StoryInput';
import type { StoryMatch } from './bindings/StoryMatch';
import type { Usage } from './bindings/Usage';
import type { UsageInput } from './bindings/UsageInput';
// Spreadsheets in and out, first run (issue 10).
import type { CsvImportSummary } from './bindings/CsvImportSummary';
import type { CsvOptions } from './bindings/CsvOptions';
import type { CsvPreview } from './bindings/CsvPreview';
import type { DemoSummary } from './bindings/DemoSummary';
// Briefing packs (issue 7).
import type { BatchResult } from './bindings/BatchResult';
import type { PackOptions } from './bindings/PackOptions';
import type { StoryChoice } from './bindings/StoryChoice';
// Backups and restore (issue 8).
import type { BackupFile } from './bindings/BackupFile';
import type { BackupFolder } from './bindings/BackupFolder';
import type { Restored } from './bindings/Restored';
import { toIpcError } from './errors';
import type { AppInfo } from './types';

type Id = number;

async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (raw) {
    throw toIpcError(raw);
  }
}

export const appInfo = () => call<AppInfo>('app_info');

export const listOrgUnits = () => call<OrgUnit[]>('list_org_units');
export const createOrgUnit = (input: OrgUnitInput) => call<OrgUnit>('create_org_unit', { input });
export const updateOrgUnit = (id: Id, input: OrgUnitInput) =>
  call<OrgUnit>('update_org_unit', { id, input });
export const deleteOrgUnit = (id: Id) => call<null>('delete_org_unit', { id });
export const checkOrgUnit = (id: Id | null, input: OrgUnitInput) =>
  call<FieldError[]>('check_org_unit', { id, input });

export const listSponsors = (query: SponsorQuery) => call<SponsorRow[]>('list_sponsors', { query });
export const getSponsor = (id: Id) => call<SponsorDetail>('get_sponsor', { id });
export const createSponsor = (input: SponsorInput) => call<Sponsor>('create_sponsor', { input });
export const updateSponsor = (id: Id, input: SponsorInput) =>
  call<Sponsor>('update_sponsor', { id, input });
export const deleteSponsor = (id: Id) => call<null>('delete_sponsor', { id });
export const checkSponsor = (id: Id | null, input: SponsorInput) =>
  call<FieldError[]>('check_sponsor', { id, input });

export const listInitiatives = () => call<InitiativeRow[]>('list_initiatives');
export const getInitiative = (id: Id) => call<InitiativeDetail>('get_initiative', { id });
export const createInitiative = (input: InitiativeInput) =>
  call<Initiative>('create_initiative', { input });
export const updateInitiative = (id: Id, input: InitiativeInput) =>
  call<Initiative>('update_initiative', { id, input });
export const deleteInitiative = (id: Id) => call<null>('delete_initiative', { id });
export const checkInitiative = (id: Id | null, input: InitiativeInput) =>
  call<FieldError[]>('check_initiative', { id, input });

export const createSponsorship = (input: SponsorshipInput) =>
  call<Sponsorship>('create_sponsorship', { input });
export const updateSponsorship = (id: Id, input: SponsorshipInput) =>
  call<Sponsorship>('update_sponsorship', { id, input });
export const deleteSponsorship = (id: Id) => call<null>('delete_sponsorship', { id });
export const checkSponsorship = (id: Id | null, input: SponsorshipInput) =>
  call<FieldError[]>('check_sponsorship', { id, input });

// Steering committees (issue 5): committees and members, meetings, decisions, actions.
export const listCommittees = () => call<CommitteeRow[]>('list_committees');
export const getCommittee = (id: Id) => call<CommitteeDetail>('get_committee', { id });
export const createCommittee = (input: CommitteeInput) =>
  call<Committee>('create_committee', { input });
export const updateCommittee = (id: Id, input: CommitteeInput) =>
  call<Committee>('update_committee', { id, input });
export const deleteCommittee = (id: Id) => call<null>('delete_committee', { id });
export const checkCommittee = (id: Id | null, input: CommitteeInput) =>
  call<FieldError[]>('check_committee', { id, input });
export const addMember = (input: MemberInput) => call<CommitteeMember>('add_member', { input });
export const updateMember = (id: Id, input: MemberInput) =>
  call<CommitteeMember>('update_member', { id, input });
export const removeMember = (id: Id) => call<null>('remove_member', { id });
export const checkMember = (id: Id | null, input: MemberInput) =>
  call<FieldError[]>('check_member', { id, input });

export const listMeetings = (committeeId: Id | null = null) =>
  call<MeetingRow[]>('list_meetings', { committeeId });
export const getMeeting = (id: Id) => call<MeetingDetail>('get_meeting', { id });
export const planMeeting = (input: MeetingInput) => call<Meeting>('plan_meeting', { input });
export const updateMeeting = (id: Id, input: MeetingInput) =>
  call<Meeting>('update_meeting', { id, input });
export const deleteMeeting = (id: Id) => call<null>('delete_meeting', { id });
export const checkMeeting = (id: Id | null, input: MeetingInput) =>
  call<FieldError[]>('check_meeting', { id, input });
export const duplicateLastAgenda = (committeeId: Id, scheduledOn: string) =>
  call<Meeting>('duplicate_last_agenda', { committeeId, scheduledOn });
export const recordAttendance = (id: Id, list: AttendanceInput[]) =>
  call<Meeting>('record_attendance', { id, list });
export const recordMinutes = (id: Id, minutes: string) =>
  call<AgendaItem>('record_minutes', { id, minutes });
export const getMeetingPrep = (id: Id) => call<MeetingPrep>('get_meeting_prep', { id });

export const listDecisions = (query: RegisterFilter) =>
  call<RegisterEntry[]>('list_decisions', { query });
export const createDecision = (input: DecisionInput) => call<Decision>('create_decision', { input });
export const updateDecision = (id: Id, input: DecisionInput) =>
  call<Decision>('update_decision', { id, input });
export const deleteDecision = (id: Id) => call<null>('delete_decision', { id });
export const checkDecision = (id: Id | null, input: DecisionInput) =>
  call<FieldError[]>('check_decision', { id, input });

export const listActions = (query: ActionQuery) => call<ActionView[]>('list_actions', { query });
export const listOverdueActions = () => call<ActionView[]>('list_overdue_actions');
export const createAction = (input: ActionInput) => call<ActionItem>('create_action', { input });
export const updateAction = (id: Id, input: ActionInput) =>
  call<ActionItem>('update_action', { id, input });
export const setActionStatus = (id: Id, status: ActionStatus) =>
  call<ActionItem>('set_action_status', { id, status });
export const deleteAction = (id: Id) => call<null>('delete_action', { id });
export const checkAction = (id: Id | null, input: ActionInput) =>
  call<FieldError[]>('check_action', { id, input });

/** Both open the native Save dialog; null when the person cancelled, else the path written. */
export const exportRegisterCsv = (query: RegisterFilter) =>
  call<string | null>('export_register_csv', { query });
export const exportCalendar = () => call<string | null>('export_calendar');

// Touchpoints, warnings, what-if, coverage views and settings (issue 4).
export const listTouchpoints = (query: TimelineQuery) =>
  call<TimelineEntry[]>('list_touchpoints', { query });
export const getTouchpoint = (id: Id) => call<Touchpoint>('get_touchpoint', { id });
export const createTouchpoint = (input: TouchpointInput) =>
  call<Touchpoint>('create_touchpoint', { input });
export const updateTouchpoint = (id: Id, input: TouchpointInput) =>
  call<Touchpoint>('update_touchpoint', { id, input });
export const deleteTouchpoint = (id: Id) => call<null>('delete_touchpoint', { id });
export const checkTouchpoint = (id: Id | null, input: TouchpointInput) =>
  call<FieldError[]>('check_touchpoint', { id, input });
/** Open asks and commitments of one sponsor, or of everyone with null. */
export const listOpenItems = (sponsorId: Id | null) => call<OpenItem[]>('list_open_items', { id: sponsorId });
export const setItemStatus = (id: Id, input: ItemStatusInput) =>
  call<TouchpointItem>('set_item_status', { id, input });

export const listWarnings = (query: WarningsQuery) => call<Warning[]>('list_warnings', { query });
export const warningsOverview = (query: OverviewQuery) =>
  call<WarningsOverview>('warnings_overview', { query });
export const acknowledgeWarning = (input: AckInput) =>
  call<WarningAck>('acknowledge_warning', { input });
export const snoozeWarning = (input: SnoozeInput) => call<WarningAck>('snooze_warning', { input });
export const unhideWarning = (input: AckInput) => call<null>('unhide_warning', { input });
export const whatIf = (query: WhatIfQuery) => call<WhatIf>('what_if', { query });
export const coverageMatrix = (query: ViewQuery) => call<MatrixRow[]>('coverage_matrix', { query });
export const listDepartures = (query: ViewQuery) => call<Departure[]>('list_departures', { query });
export const listFollowUps = (query: ViewQuery) => call<FollowUp[]>('list_follow_ups', { query });

export const getSettings = () => call<Settings>('get_settings');
export const saveSettings = (input: Settings) => call<Settings>('save_settings', { input });
export const checkSettings = (input: Settings) => call<FieldError[]>('check_settings', { input });

// Evidence of value (issue 6): quick wins, stories, metrics, search, dashboard.
export const listQuickWins = () => call<QuickWin[]>('list_quick_wins');
export const getQuickWin = (id: Id) => call<QuickWin>('get_quick_win', { id });
export const createQuickWin = (input: QuickWinInput) =>
  call<QuickWin>('create_quick_win', { input });
export const updateQuickWin = (id: Id, input: QuickWinInput) =>
  call<QuickWin>('update_quick_win', { id, input });
export const deleteQuickWin = (id: Id) => call<null>('delete_quick_win', { id });
export const checkQuickWin = (id: Id | null, input: QuickWinInput) =>
  call<FieldError[]>('check_quick_win', { id, input });
export const listCurrencies = () => call<string[]>('list_currencies');

export const listStories = () => call<Story[]>('list_stories');
export const getStory = (id: Id) => call<Story>('get_story', { id });
export const createStory = (input: StoryInput) => call<Story>('create_story', { input });
export const updateStory = (id: Id, input: StoryInput) =>
  call<Story>('update_story', { id, input });
export const deleteStory = (id: Id) => call<null>('delete_story', { id });
export const checkStory = (id: Id | null, input: StoryInput) =>
  call<FieldError[]>('check_story', { id, input });
export const recordStoryUsage = (input: UsageInput) => call<Usage>('record_story_usage', { input });
export const deleteStoryUsage = (id: Id) => call<null>('delete_story_usage', { id });
export const checkStoryUsage = (input: UsageInput) =>
  call<FieldError[]>('check_story_usage', { input });
/** Stories matching sponsor `id`'s priorities; `all` keeps those already told to them. */
export const storiesForSponsor = (id: Id, all: boolean) =>
  call<StoryMatch[]>('stories_for_sponsor', { id, all });

export const listMetrics = () => call<MetricSeries[]>('list_metrics');
export const createMetric = (input: MetricInput) => call<Metric>('create_metric', { input });
export const updateMetric = (id: Id, input: MetricInput) =>
  call<Metric>('update_metric', { id, input });
export const deleteMetric = (id: Id) => call<null>('delete_metric', { id });
export const checkMetric = (id: Id | null, input: MetricInput) =>
  call<FieldError[]>('check_metric', { id, input });
export const addMetricValue = (input: MetricValueInput) =>
  call<MetricValue>('add_metric_value', { input });
export const updateMetricValue = (id: Id, input: MetricValueInput) =>
  call<MetricValue>('update_metric_value', { id, input });
export const deleteMetricValue = (id: Id) => call<null>('delete_metric_value', { id });
export const checkMetricValue = (id: Id | null, input: MetricValueInput) =>
  call<FieldError[]>('check_metric_value', { id, input });

export const searchAll = (query: string) => call<SearchHit[]>('search', { query });
export const getDashboard = () => call<Dashboard>('get_dashboard');

// Spreadsheets in and out, first run (issue 10). The page reads the file and sends its text.
export const previewCsvImport = (options: CsvOptions, text: string) =>
  call<CsvPreview>('preview_csv_import', { options, text });
export const importCsv = (options: CsvOptions, text: string) =>
  call<CsvImportSummary>('import_csv', { options, text });
export const exportSponsorsCsv = (query: SponsorQuery) =>
  call<string | null>('export_sponsors_csv', { query });
/** Stops the running `importCsv` (which sends `csv-import-progress` events); nothing is kept. */
export const cancelCsvImport = () => call<null>('cancel_csv_import');
export const exportActionsCsv = (query: ActionQuery) =>
  call<string | null>('export_actions_csv', { query });
export const exportQuickWinsCsv = () => call<string | null>('export_quick_wins_csv');
/** Consented quotes only (the core's sharing gate). */
export const exportStoriesCsv = () => call<string | null>('export_stories_csv');
export const databaseIsEmpty = () => call<boolean>('database_is_empty');
export const fillDemo = () => call<DemoSummary>('fill_demo');

// Backups and restore (issue 8). A restore names a file of the backups folder, or asks for one
// in the native Open dialog (null when cancelled); the database is replaced only once it verifies.
export const listBackups = () => call<BackupFolder>('list_backups');
export const backUpNow = () => call<BackupFile>('back_up_now');
export const restoreBackup = (name: string) => call<Restored>('restore_backup', { name });
export const restoreBackupFromFile = () => call<Restored | null>('restore_backup_from_file');

// Briefing packs (issue 7). Previews are PNG pages as data: URLs; the print commands open the
// native Save dialog (or a folder picker) in Rust and return null when the person cancels.
export const previewBrief = (sponsorId: Id, options: PackOptions) =>
  call<string[]>('preview_brief', { sponsorId, options });
export const previewCommitteePack = (meetingId: Id, options: PackOptions) =>
  call<string[]>('preview_committee_pack', { meetingId, options });
export const storyChoicesForBrief = (sponsorId: Id) =>
  call<StoryChoice[]>('story_choices_for_brief', { sponsorId });
export const printBrief = (sponsorId: Id, options: PackOptions) =>
  call<string | null>('print_brief', { sponsorId, options });
export const printCommitteePack = (meetingId: Id, options: PackOptions) =>
  call<string | null>('print_committee_pack', { meetingId, options });
/** Sends `packs-progress` events ({done, total, current}) while it runs. */
export const printAttendeeBriefs = (meetingId: Id) =>
  call<BatchResult | null>('print_attendee_briefs', { meetingId });
export const cancelBatch = () => call<null>('cancel_batch');
