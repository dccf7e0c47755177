/* One import per namespace and language: each namespace file belongs to one part of the product. */
import type { Catalog } from './catalog.ts';
import en_common from './en/common.ts';
import de_common from './de/common.ts';
import en_cli from './en/cli.ts';
import de_cli from './de/cli.ts';
import en_plan from './en/plan.ts';
import de_plan from './de/plan.ts';
import en_knowledge from './en/knowledge.ts';
import de_knowledge from './de/knowledge.ts';
import en_procedures from './en/procedures.ts';
import de_procedures from './de/procedures.ts';
import en_station from './en/station.ts';
import de_station from './de/station.ts';
import en_workflow from './en/workflow.ts';
import de_workflow from './de/workflow.ts';
import en_records from './en/records.ts';
import de_records from './de/records.ts';
import en_transfer from './en/transfer.ts';
import de_transfer from './de/transfer.ts';
import en_station_work from './en/station-work.ts';
import de_station_work from './de/station-work.ts';
import en_doctor from './en/doctor.ts';
import de_doctor from './de/doctor.ts';
import en_graph from './en/graph.ts';
import de_graph from './de/graph.ts';
import en_hash_files from './en/hash-files.ts';
import de_hash_files from './de/hash-files.ts';

export const STATION_CATALOGS = {
  en: {
    common: en_common,
    cli: en_cli,
    plan: en_plan,
    knowledge: en_knowledge,
    procedures: en_procedures,
    station: en_station,
    workflow: en_workflow,
    records: en_records,
    transfer: en_transfer,
    'station-work': en_station_work,
    doctor: en_doctor,
    graph: en_graph,
    'hash-files': en_hash_files,
  },
  de: {
    common: de_common,
    cli: de_cli,
    plan: de_plan,
    knowledge: de_knowledge,
    procedures: de_procedures,
    station: de_station,
    workflow: de_workflow,
    records: de_records,
    transfer: de_transfer,
    'station-work': de_station_work,
    doctor: de_doctor,
    graph: de_graph,
    'hash-files': de_hash_files,
  },
} satisfies Record<'en' | 'de', Record<string, Catalog>>;
