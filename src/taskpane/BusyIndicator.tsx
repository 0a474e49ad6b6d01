import { Spinner } from "@fluentui/react-components";

/** Says what is happening while a workflow or check runs. */
export function BusyIndicator({ activity }: { activity: string }) {
  return <Spinner size="tiny" labelPosition="after" label={activity} />;
}
