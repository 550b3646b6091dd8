#include <espeak-ng/speak_lib.h>
#include <espeak-ng/espeak_ng.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

// espeak-ng keeps synthesis state from one text to the next in statics no call resets (the wave
// phase, the pitch flutter index, the wave generator's cycle position), so the same text sounds
// slightly different, and lasts a few samples more or less, depending on what was said before.
// To give the same samples every time, each text is spoken in a child process forked from the
// engine as espeak_ng_Initialize left it, which the parent never uses to speak. The child runs
// only C (espeak-ng, write, _exit): the parent may have other threads.

static int texml_espeak_output = -1;

static int texml_espeak_write(short *wave, int count, espeak_EVENT *events) {
    (void)events;
    const char *bytes = (const char *)wave;
    size_t left = wave != NULL && count > 0 ? (size_t)count * sizeof(short) : 0;
    while (left > 0) {
        ssize_t written = write(texml_espeak_output, bytes, left);
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) return 1;  // abandons the synthesis
        bytes += written;
        left -= (size_t)written;
    }
    return 0;
}

/// Speaks `text` (UTF-8) in the voice `voice` in a forked child; on success returns 0 and the
/// 16-bit samples at espeak-ng's rate in `*samples` (free() them) and their number in `*count`.
/// Otherwise: -errno when the pipe or fork failed, 3 for an unknown voice, 4 when synthesis
/// failed, 5 when the child did not finish normally.
static inline int texml_espeak_speak_isolated(const char *voice, const char *text, short **samples, size_t *count) {
    *samples = NULL;
    *count = 0;
    int pipes[2];
    if (pipe2(pipes, O_CLOEXEC) != 0) return -errno;
    pid_t child = fork();
    if (child < 0) {
        int error = errno;
        close(pipes[0]);
        close(pipes[1]);
        return -error;
    }
    if (child == 0) {
        close(pipes[0]);
        texml_espeak_output = pipes[1];
        espeak_SetSynthCallback(texml_espeak_write);
        srand(1);  // espeak-ng's breath and fricative noise come from rand()
        if (espeak_ng_SetVoiceByName(voice) != ENS_OK) _exit(3);
        if (espeak_ng_Synthesize(text, strlen(text) + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, NULL, NULL) != ENS_OK)
            _exit(4);
        _exit(0);
    }
    close(pipes[1]);
    size_t capacity = 1 << 16, used = 0;
    char *buffer = malloc(capacity);
    int failed = buffer == NULL;
    for (;;) {
        if (!failed && used == capacity) {
            char *grown = realloc(buffer, capacity * 2);
            if (grown == NULL) { failed = 1; } else { buffer = grown; capacity *= 2; }
        }
        char sink[4096];
        char *target = failed ? sink : buffer + used;
        size_t room = failed ? sizeof sink : capacity - used;
        ssize_t got = read(pipes[0], target, room);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) break;
        if (!failed) used += (size_t)got;
    }
    close(pipes[0]);
    int status = 0;
    while (waitpid(child, &status, 0) < 0 && errno == EINTR) {}
    int result = !WIFEXITED(status) ? 5 : WEXITSTATUS(status);
    if (result == 0 && failed) result = -ENOMEM;
    if (result != 0) {
        free(buffer);
        return result;
    }
    *samples = (short *)buffer;
    *count = used / sizeof(short);
    return 0;
}
