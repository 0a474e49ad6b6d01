import { FluentProvider, Spinner, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";

const useStyles = makeStyles({
  provider: { minHeight: "100vh", padding: tokens.spacingHorizontalM },
});

/** Shown while Office starts; the theme is not known yet, so it is light. */
export function LoadingScreen() {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} className={styles.provider}>
      <Spinner size="small" labelPosition="after" label="Connecting to Excel…" />
    </FluentProvider>
  );
}
