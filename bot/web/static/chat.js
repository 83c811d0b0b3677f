// The chat: sends each message to this web app (never to Rasa directly) and shows the replies.
// Replies are inserted as text, never as HTML. Choices are real buttons, reachable with Tab.
(function () {
  "use strict";
  const csrf = document.body.dataset.csrf;
  const log = document.getElementById("chat-log");
  const form = document.getElementById("chat-form");
  const input = document.getElementById("chat-input");
  const status = document.getElementById("chat-status");
  const easy = document.getElementById("easy-toggle");
  const canSpeak = "speechSynthesis" in window && "SpeechSynthesisUtterance" in window;

  // Reads one message aloud with the browser's own speech synthesis (nothing leaves the device).
  function readAloud(text) {
    window.speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = "en-GB";
    utterance.rate = 0.9;
    window.speechSynthesis.speak(utterance);
  }

  function addMessage(who, text) {
    const item = document.createElement("div");
    item.className = "msg " + who;
    const label = document.createElement("span");
    label.className = "who";
    label.textContent = who === "bot" ? "Safe to Say: " : "You: ";
    item.appendChild(label);
    item.appendChild(document.createTextNode(text));
    if (who === "bot" && canSpeak) {
      const speak = document.createElement("button");
      speak.type = "button";
      speak.className = "read-aloud";
      speak.textContent = "Read aloud";
      speak.setAttribute("aria-label", "Read this message aloud");
      speak.addEventListener("click", function () { readAloud(text); });
      item.appendChild(speak);
    }
    log.appendChild(item);
    log.scrollTop = log.scrollHeight;
    return item;
  }

  function setEasy(on) {
    if (easy) easy.setAttribute("aria-pressed", on ? "true" : "false");
  }

  function addChoices(buttons) {
    const group = document.createElement("div");
    group.className = "choices";
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", "Choices");
    buttons.forEach(function (choice) {
      const button = document.createElement("button");
      button.type = "button";
      if (choice.image) {
        // A picture with the words, for people who find pictures easier to read.
        const picture = document.createElement("img");
        picture.src = choice.image;
        picture.alt = choice.alt || "";
        picture.className = "symbol";
        picture.width = 40;
        picture.height = 40;
        button.appendChild(picture);
        button.classList.add("pictured");
      }
      const words = document.createElement("span");
      words.textContent = choice.title;
      button.appendChild(words);
      button.addEventListener("click", function () {
        send(choice.payload, choice.title);
      });
      group.appendChild(button);
    });
    log.appendChild(group);
    return group;
  }

  async function send(message, shown) {
    if (message === "/easy_read_on") setEasy(true);
    if (message === "/easy_read_off") setEasy(false);
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

  if (easy) {
    easy.addEventListener("click", function () {
      const on = easy.getAttribute("aria-pressed") !== "true";
      send(on ? "/easy_read_on" : "/easy_read_off", on ? "Easy words, please" : "Usual words, please");
    });
  }

  send("/start_report", null);
})();
