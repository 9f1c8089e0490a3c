/** Placeholder task pane: the React pane of issue 4 replaces this. */
Office.onReady((info) => {
  const status = document.getElementById("status");
  if (status) {
    status.textContent = info.host
      ? 'KA2 Budget is ready. Type =KA2.MGMT("coordinator", 24) in a cell.'
      : "KA2 Budget (open this page from Excel to use it).";
  }
});
