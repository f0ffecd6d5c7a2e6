// Read aloud: the system's offline speech service, through the back end (commands_speech.rs).
import { call } from './call';
import type { SpeechStatusDto, VoiceDto } from './generated/speech';

export type Voice = VoiceDto;
export type SpeechStatus = SpeechStatusDto;

/** The voices of the computer's speech service, to choose one when a language has none. */
export function speechVoices(): Promise<Voice[]> {
  return call<Voice[]>('speech_voices');
}

/**
 * Reads `text` aloud in `locale` (a BCP 47 tag), stopping what was being read. With `voice`
 * (an id from `speechVoices`), that voice reads it whatever its language. Fails with the code
 * `speech_no_voice` when the computer has no voice for `locale`, `speech_unavailable` when its
 * speech service cannot be reached.
 */
export function speak(text: string, locale: string, voice: string | null = null): Promise<void> {
  return call<void>('speak', { text, locale, voice });
}

export function stopSpeaking(): Promise<void> {
  return call<void>('stop_speaking');
}

/** Whether a text is still being read aloud. */
export function speechStatus(): Promise<SpeechStatus> {
  return call<SpeechStatus>('speech_status');
}
