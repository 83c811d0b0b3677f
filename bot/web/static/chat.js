// The chat: sends each message to this web app (never to Rasa directly) and shows the replies.
// Replies are inserted as text, never as HTML. Choices are real buttons, reachable with Tab.
(function () {
  "use strict";
  const csrf = document.body.dataset.csrf;
  const log = document.getElementById("chat-log");
  const form = document.getElementById("chat-form");
  const input = document.getElementById("chat-input");
  const status = document.getElementById("chat-status");

  function addMessage(who, text) {
    const item = document.createElement("div");
    item.className = "msg " + who;
    const label = document.createElement("span");
    label.className = "who";
    label.textContent = who === "bot" ? "Safe to Say: " : "You: ";
    item.appendChild(label);
    item.appendChild(document.createTextNode(text));
    log.appendChild(item);
    log.scrollTop = log.scrollHeight;
    return item;
  }

  function addChoices(buttons) {
    const group = document.createElement("div");
    group.className = "choices";
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", "Choices");
    buttons.forEach(function (choice) {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = choice.title;
      button.addEventListener("click", function () {
        send(choice.payload, choice.title);
      });
      group.appendChild(button);
    });
    log.appendChild(group);
    return group;
  }

  async function send(message, shown) {
    // Once anything is sent, earlier choices belong to questions already answered.
    log.querySelectorAll(".choices button").forEach(function (b) { b.disabled = true; });
    if (shown) addMessage("user", shown);
    status.textContent = "Sending...";
    let reply;
    try {
      const response = await fetch("/chat/message", {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
        body: JSON.stringify({ message: message }),
      });
      reply = await response.json();
      if (!response.ok) throw new Error(reply.error || "Something went wrong.");
    } catch (error) {
      status.textContent = error.message || "Sorry, something went wrong. Please try again.";
      return;
    }
    status.textContent = "";
    reply.messages.forEach(function (m) {
      if (m.text) addMessage("bot", m.text);
      if (m.buttons && m.buttons.length) addChoices(m.buttons);
    });
    input.focus();
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    send(text, text);
  });

  send("/start_report", null);
})();
