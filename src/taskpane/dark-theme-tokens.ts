// Its own chunk (see dark-theme.ts): the only place the task pane imports the dark theme.
export { webDarkTheme } from "@fluentui/react-components";
