import { useCallback, useEffect, useRef, useState } from "react";
import type { WorkflowResult } from "../workflows/workflow-result";
import { describeError } from "./describe-error";

/** A finished workflow and the headings to show its result under. */
export interface WorkflowOutcome {
  readonly result: WorkflowResult;
  readonly successTitle: string;
  readonly failureTitle: string;
}

export interface WorkflowTask {
  /** What is happening while it runs, e.g. "Creating the rating workbook…". */
  readonly activity: string;
  readonly successTitle: string;
  readonly failureTitle: string;
  readonly work: () => Promise<WorkflowResult>;
}

export interface WorkflowRun {
  /** The activity under way, or null when nothing is running. */
  readonly activity: string | null;
  /** The last result, kept until the next run starts. */
  readonly outcome: WorkflowOutcome | null;
  readonly run: (task: WorkflowTask) => Promise<WorkflowResult>;
}

/**
 * Runs one workflow at a time and keeps its result for display. A thrown error becomes a failed
 * result, so it reaches the user rather than only the console.
 */
export function useWorkflowRun(): WorkflowRun {
  const [activity, setActivity] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<WorkflowOutcome | null>(null);
  const running = useRef(false);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (task: WorkflowTask): Promise<WorkflowResult> => {
    if (running.current) return { ok: false, problems: ["Another task is still running. Wait for it to finish."] };
    running.current = true;
    setOutcome(null);
    setActivity(task.activity);
    let result: WorkflowResult;
    try {
      result = await task.work();
    } catch (error) {
      result = { ok: false, problems: [describeError(error)] };
    } finally {
      running.current = false;
    }
    if (mounted.current) {
      setActivity(null);
      setOutcome({ result, successTitle: task.successTitle, failureTitle: task.failureTitle });
    }
    return result;
  }, []);

  return { activity, outcome, run };
}
