// "Leave this page quickly": clears the chat, forgets the conversation on the server, and
// replaces this page in the browser history with a neutral site. Escape twice does the same.
(function () {
  "use strict";
  const exitUrl = document.body.dataset.exitUrl;
  const csrf = document.body.dataset.csrf;
  let lastEscape = 0;

  function leave() {
    const log = document.getElementById("chat-log");
    if (log) log.replaceChildren();
    try {
      fetch("/chat/leave", { method: "POST", headers: { "X-CSRF-Token": csrf }, keepalive: true });
    } catch (e) { /* leaving matters more than telling the server */ }
    window.location.replace(exitUrl);
  }

  document.getElementById("quick-exit").addEventListener("click", leave);
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    const now = Date.now();
    if (now - lastEscape < 1000) leave();
    lastEscape = now;
  });
})();
