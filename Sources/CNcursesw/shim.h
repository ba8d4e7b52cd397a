// SwiftPM drops ncursesw's -D_XOPEN_SOURCE cflags, which hide the wide-character API;
// define what they would have defined before including the headers. Macros Swift cannot
// import (attributes, mouse masks, KEY_CODE_YES) are wrapped in small inline functions, and
// the signal handlers that give the terminal back live here too (plain C, no captures).
#ifndef PARLEY_CNCURSESW_SHIM_H
#define PARLEY_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <ncurses.h>
#include <langinfo.h>
#include <stdio.h>

extern int wcwidth(wchar_t c);
extern int wcswidth(const wchar_t *s, size_t n);

static inline attr_t parley_a_normal(void) { return A_NORMAL; }
static inline attr_t parley_a_bold(void) { return A_BOLD; }
static inline attr_t parley_a_dim(void) { return A_DIM; }
static inline attr_t parley_a_italic(void) { return A_ITALIC; }
static inline attr_t parley_a_underline(void) { return A_UNDERLINE; }
static inline attr_t parley_a_reverse(void) { return A_REVERSE; }
static inline int parley_key_code_yes(void) { return KEY_CODE_YES; }

static inline mmask_t parley_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t parley_button1_pressed(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED; }
static inline mmask_t parley_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t parley_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t parley_button5_pressed(void) {
#ifdef BUTTON5_PRESSED
    return BUTTON5_PRESSED;
#else
    return 0;
#endif
}

static inline int parley_set_pair(attr_t attrs, int pair) {
    return attr_set(attrs, (short)(pair <= 32767 ? pair : 0), pair > 32767 ? (void *)&pair : NULL);
}

// Signals that end the program: the terminal is restored first, then the previous
// handler (Swift's backtracer, or the default) runs on the normal screen.
// Storage lives in function-local statics: Swift's importer emits functions, not header globals.
static inline struct sigaction *parley_previous_actions(void) {
    static struct sigaction store[NSIG];
    return store;
}
static inline volatile sig_atomic_t *parley_curses_active(void) {
    static volatile sig_atomic_t active = 0;
    return &active;
}

static void parley_restore_terminal_handler(int sig) {
    if (*parley_curses_active()) {
        *parley_curses_active() = 0;
        endwin();
    }
    sigaction(sig, &parley_previous_actions()[sig], NULL);
    raise(sig);
    // The previous handler returned (Swift's backtracer does so for a signal sent by
    // another process): end the program the default way rather than resume a screen
    // that has been given back.
    signal(sig, SIG_DFL);
    raise(sig);
    _exit(128 + sig);
}

static inline void parley_install_signal_handlers(void) {
    int signals[] = { SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT };
    for (unsigned i = 0; i < sizeof(signals) / sizeof(signals[0]); i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = parley_restore_terminal_handler;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_NODEFER;
        sigaction(signals[i], &action, &parley_previous_actions()[signals[i]]);
    }
}

static inline void parley_uninstall_signal_handlers(void) {
    int signals[] = { SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT };
    for (unsigned i = 0; i < sizeof(signals) / sizeof(signals[0]); i++) {
        sigaction(signals[i], &parley_previous_actions()[signals[i]], NULL);
    }
}

// Globals Swift 6 will not touch (shared mutable state), read through functions.
static inline WINDOW *parley_stdscr(void) { return stdscr; }
static inline int parley_colors(void) { return COLORS; }
static inline int parley_color_pairs(void) { return COLOR_PAIRS; }
static inline SCREEN *parley_newterm(const char *type) { return newterm(type, stdout, stdin); }
static inline const char *parley_codeset(void) { return nl_langinfo(CODESET); }

static inline void parley_set_curses_active(int on) { *parley_curses_active() = on; }

#endif
