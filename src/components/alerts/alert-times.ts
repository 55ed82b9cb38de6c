// Shows each alert only between its start and end, by the reader's clock: a cached page
// must not keep showing an alert that has ended. Checked again every minute for open tabs.
const check = () => {
  const now = Date.now();
  document.querySelectorAll<HTMLElement>('[data-alert-ends]').forEach((el) => {
    el.hidden = !(Date.parse(el.dataset.alertStarts!) <= now && now < Date.parse(el.dataset.alertEnds!));
  });
};
check();
setInterval(check, 60_000);
