# Two commands for a fresh Debian/Ubuntu machine with Swift:
#   make run    install what is missing, build, render every example into reports/
#   make test   install what is missing, run every test (warnings are errors), fuzz 6,000 inputs
#   make fuzz   fuzz for FUZZ_SECONDS (600 by default; see scripts/fuzz)
#   make sanitize  the tests under AddressSanitizer, then UndefinedBehaviorSanitizer (C code)
SWIFT ?= swift
REPORTS ?= reports
EXAMPLES := $(filter-out Examples/README.md,$(wildcard Examples/*.md))

.PHONY: run test build deps test-deps bench profile templates clean fuzz sanitize

deps:
	@scripts/install-deps

test-deps:
	@scripts/install-deps --with-test-tools

build: deps
	$(SWIFT) build -c release --product debrief

run: build
	@rm -rf $(REPORTS)
	@.build/release/debrief render --quiet --format json,md,html,text --output $(REPORTS) $(EXAMPLES)
	@echo "Rendered $(words $(EXAMPLES)) notes from Examples/ into $(REPORTS)/ (JSON, Markdown, HTML, text):"
	@ls -1 $(REPORTS) | sed 's|^|  $(REPORTS)/|'
	@echo "Open $(REPORTS)/index.html in a browser: every report, linked and sortable."

# DEBRIEF_STRICT=1: our own targets build with warnings as errors (see Package.swift). The
# short fuzz run keeps the fuzz target building and its invariants holding; it comes before
# the tests so that the test runner's summary is the log's last line, as CI reads it. It is
# a gate, so it is the same run on every machine (a fixed seed and count of inputs); finding
# new bugs is `make fuzz`'s job, with a new seed each time.
test: test-deps
	DEBRIEF_STRICT=1 $(SWIFT) build --build-tests --quiet
	FUZZ_SECONDS=120 FUZZ_FLAGS='-seed=20261130 -runs=6000' scripts/fuzz
	DEBRIEF_STRICT=1 $(SWIFT) test --skip-build --quiet

fuzz: deps
	scripts/fuzz

# Each sanitizer in its own scratch path, so neither rebuilds the other nor the plain build.
# LeakSanitizer's reports from the toolchain's own code are suppressed (see the file).
# swiftc has no UndefinedBehaviorSanitizer on Linux (Swift traps on overflow and bounds
# itself), so UBSan instruments the C compiled into the build (Yams's libyaml, which reads
# front matter), aborting at the first report.
UBSAN := -Xcc -fsanitize=undefined -Xcc -fno-sanitize-recover=undefined \
	-Xswiftc -Xclang-linker -Xswiftc -fsanitize=undefined
sanitize: test-deps
	$(SWIFT) build --build-tests --scratch-path .build-asan --sanitize=address
	LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/Sanitizers/lsan.supp:print_suppressions=0 \
		$(SWIFT) test --skip-build --scratch-path .build-asan --sanitize=address
	$(SWIFT) build --build-tests --scratch-path .build-ubsan $(UBSAN)
	$(SWIFT) test --skip-build --scratch-path .build-ubsan $(UBSAN)

# The bench runs the release debrief on a generated corpus and compares it with Debian's
# cmark-gfm on the same bytes (installed by --with-bench-tools).
bench:
	@scripts/install-deps --with-bench-tools
	$(SWIFT) build -c release --product debrief
	$(SWIFT) build -c release --product debrief-bench
	.build/release/debrief-bench

# Where a JSON and HTML render of the corpus spends its time: perf's top symbols, callers
# included, from a release build (perf record -g; see README, Speed).
profile:
	@scripts/install-deps --with-bench-tools
	$(SWIFT) build -c release --product debrief
	$(SWIFT) build -c release --product debrief-bench
	rm -rf .build/profile && BENCH_NOTES=$${BENCH_NOTES:-2000} .build/release/debrief-bench write-corpus .build/profile/notes
	perf record -F 999 -g -o .build/profile/perf.data .build/release/debrief render --quiet \
		--suggestions 0 --format json,html --output .build/profile/out .build/profile/notes
	perf report -i .build/profile/perf.data --no-children --percent-limit 1 --stdio 2>/dev/null \
		| grep -E '^ +[0-9]' | head -25

# After editing Templates/*.mustache: regenerate the copy compiled into the binary.
templates:
	scripts/embed-templates

clean:
	rm -rf .build .build-fuzz .build-asan .build-ubsan $(REPORTS)
