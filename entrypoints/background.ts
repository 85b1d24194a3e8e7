export default defineBackground(() => {
  // Wiring of detection badges, snapshots and messages comes with the extension issue.
});
