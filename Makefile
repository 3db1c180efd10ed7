# Building and installing recall for everyday use.
#
#   make                      build the release binary (.build/release/recall)
#   make install              install it, its man page and shell completions under PREFIX
#   make man                  write the man page, generated from the command definitions
#   make uninstall            remove what `make install` installed
#
# PREFIX defaults to ~/.local (no root needed; ~/.local/bin should be on PATH);
# `sudo make install PREFIX=/usr/local` installs for everyone. DESTDIR is honoured for packaging.

PREFIX ?= $(HOME)/.local
CONFIGURATION ?= release
BINDIR = $(DESTDIR)$(PREFIX)/bin
MANDIR = $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
MANPAGE = .build/plugins/GenerateManual/outputs/recall/recall.1

.PHONY: all build man install uninstall

all: build

build:
	swift build -c $(CONFIGURATION) --product recall

# swift-argument-parser's generate-manual plugin reads the commands' definitions (abstracts,
# options, help), so the page says what `recall help` says.
man: build
	swift package --disable-sandbox plugin generate-manual --configuration $(CONFIGURATION) --authors recall

install: build man
	install -d $(BINDIR) $(MANDIR) $(BASHDIR) $(ZSHDIR) $(FISHDIR)
	install -m 755 "$$(swift build -c $(CONFIGURATION) --show-bin-path)/recall" $(BINDIR)/recall
	install -m 644 $(MANPAGE) $(MANDIR)/recall.1
	$(BINDIR)/recall --generate-completion-script bash > $(BASHDIR)/recall
	$(BINDIR)/recall --generate-completion-script zsh > $(ZSHDIR)/_recall
	$(BINDIR)/recall --generate-completion-script fish > $(FISHDIR)/recall.fish

uninstall:
	rm -f $(BINDIR)/recall $(MANDIR)/recall.1 $(BASHDIR)/recall $(ZSHDIR)/_recall $(FISHDIR)/recall.fish
