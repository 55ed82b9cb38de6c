/**
 * Shows each alert only between its start and end, by the reader's clock: a cached page must
 * not keep showing an alert that has ended. A classic inline script in the page's <head>: it
 * checks the alerts in an animation frame callback, which runs before each frame is painted,
 * for as long as the page is being read, so an alert is shown or hidden before it is first
 * painted and nothing below it moves. (A module script runs after the first paint; a script
 * after the alerts can be held up by a stylesheet while what is above it is painted.) Checked
 * again once the whole page is read and every minute for open tabs. Kept as text: its hash is
 * in the CSP.
 */
export const alertTimesScript =
  '(function(){function c(){var n=Date.now();document.querySelectorAll("[data-alert-ends]").forEach(function(e){' +
  'e.hidden=!(Date.parse(e.dataset.alertStarts)<=n&&n<Date.parse(e.dataset.alertEnds))})}' +
  'function f(){c();if(document.readyState=="loading")requestAnimationFrame(f)}requestAnimationFrame(f);' +
  'document.addEventListener("DOMContentLoaded",c);setInterval(c,6e4)})()';
