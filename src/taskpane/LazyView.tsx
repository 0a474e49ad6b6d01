import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Component, Suspense, type ComponentType, type ReactNode } from "react";
import type { WorkbookHost } from "../core/workbook-host";
import { BusyIndicator } from "./BusyIndicator";
import { describeError } from "./describe-error";

interface BoundaryState {
  readonly problem: string | null;
}

/** A view whose code failed to download (or threw while drawing) says so, instead of blanking the pane. */
class ViewFailure extends Component<{ readonly label: string; readonly children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { problem: null };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { problem: describeError(error) };
  }

  override render() {
    if (this.state.problem === null) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{`The ${this.props.label} view could not be opened`}</MessageBarTitle>
          <div>{this.state.problem} Close the task pane and open it again; nothing in the workbook was changed.</div>
        </MessageBarBody>
      </MessageBar>
    );
  }
}

export interface LazyViewProps {
  readonly label: string;
  readonly host: WorkbookHost;
  readonly view: ComponentType<{ host: WorkbookHost }>;
}

/** A view loaded when its tab is first opened (`React.lazy`), with a busy message meanwhile. */
export function LazyView({ label, host, view: View }: LazyViewProps) {
  return (
    <ViewFailure label={label}>
      <Suspense fallback={<BusyIndicator activity={`Opening the ${label} view…`} />}>
        <View host={host} />
      </Suspense>
    </ViewFailure>
  );
}
