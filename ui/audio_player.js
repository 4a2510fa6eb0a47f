// Plays the coach's audio cues (ui/audio.py fills in CUES and OPTIONS). Runs in a
// zero-height component frame; the sounds and the voice belong to the page around it,
// which keeps one AudioContext and remembers the last cue played, so that each cue (by
// its sequence number) is heard once however often this frame is re-created.
(function () {
  const cues = __CUES__;
  const options = __OPTIONS__;  // {key, volume, sound, speech}
  let host = window;
  try {
    if (window.parent && window.parent.document) host = window.parent;
  } catch (error) { /* another origin: play from this frame */ }
  const state = host.__massageCoachAudio || (host.__massageCoachAudio = {last: {}, context: null});
  const lastPlayed = state.last[options.key] || 0;

  function audioContext() {
    const Context = host.AudioContext || host.webkitAudioContext;
    if (!Context) return null;
    if (!state.context) state.context = new Context();
    if (state.context.state === "suspended") state.context.resume();
    return state.context;
  }

  function play(notes) {
    const context = audioContext();
    if (!context) return;
    let t = context.currentTime + 0.02;
    for (const [frequency, duration] of notes) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = "sine";
      oscillator.frequency.setValueAtTime(frequency, t);
      gain.gain.setValueAtTime(0, t);
      gain.gain.linearRampToValueAtTime(0.5 * options.volume, t + 0.01);
      gain.gain.linearRampToValueAtTime(0, t + duration);
      oscillator.connect(gain);
      gain.connect(context.destination);
      oscillator.start(t);
      oscillator.stop(t + duration + 0.02);
      t += duration + 0.03;
    }
  }

  // Only a voice of this computer (localService): a voice of an online service would send
  // the words away. None yet (the list loads late): wait for it once.
  function localVoice(synth) {
    const voices = synth.getVoices().filter((voice) => voice.localService);
    const english = voices.filter((voice) => /^en/i.test(voice.lang));
    return english.find((voice) => voice.default) || english[0] || voices[0] || null;
  }

  function speak(words, waited) {
    const synth = host.speechSynthesis;
    if (!synth || !host.SpeechSynthesisUtterance) return;
    const voice = localVoice(synth);
    if (!voice) {
      if (!waited && synth.getVoices().length === 0 && synth.addEventListener) {
        synth.addEventListener("voiceschanged", () => speak(words, true), {once: true});
      }
      return;
    }
    const utterance = new host.SpeechSynthesisUtterance(words);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.volume = options.volume;
    if (!state.cancelled) synth.cancel();  // the newest advice now, never a queue of old ones
    state.cancelled = true;  // ...but this batch's words one after the other
    synth.speak(utterance);
  }

  state.cancelled = false;
  for (const cue of cues) {
    if (cue.seq <= lastPlayed) continue;
    state.last[options.key] = cue.seq;
    if (options.sound && cue.notes.length) play(cue.notes);
    if (options.speech && cue.speech) speak(cue.speech, false);
  }
})();
