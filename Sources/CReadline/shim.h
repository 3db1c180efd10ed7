#ifndef RECALL_CREADLINE_SHIM_H
#define RECALL_CREADLINE_SHIM_H
#include <stdio.h>
#include <stdlib.h>
#include <readline/readline.h>
#include <readline/history.h>

/* readline is configured through global variables, which Swift 6 will not touch directly;
   these setters keep that in one place. */
static inline void recall_rl_setup(const char *name, rl_completion_func_t *completer) {
    rl_readline_name = name;
    rl_catch_signals = 0;      /* recall handles SIGINT itself (cancel the line) */
    rl_catch_sigwinch = 1;
    rl_attempted_completion_function = completer;
}

/* Called from the completer: offer only recall's words, never file names. */
static inline void recall_rl_completion_over(void) {
    rl_attempted_completion_over = 1;
}
#endif
