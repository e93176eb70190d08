export interface BenchRow {
  name: string;
  budget: string;
  measured: string;
  ok: boolean;
}
