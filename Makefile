# Two commands for a fresh Debian/Ubuntu machine with Swift:
#   make run    install what is missing, build, render every example into reports/
#   make test   install what is missing, run every test
SWIFT ?= swift
REPORTS ?= reports
EXAMPLES := $(filter-out Examples/README.md,$(wildcard Examples/*.md))

.PHONY: run test build deps test-deps bench clean

deps:
	@scripts/install-deps

test-deps:
	@scripts/install-deps --with-test-tools

build: deps
	$(SWIFT) build -c release --product debrief

run: build
	@rm -rf $(REPORTS)
	@.build/release/debrief render --output $(REPORTS) $(EXAMPLES)
	@echo "Wrote $(words $(EXAMPLES)) reports to $(REPORTS)/:"
	@ls -1 $(REPORTS) | sed 's|^|  $(REPORTS)/|'

test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench: deps
	$(SWIFT) build -c release --product debrief-bench
	.build/release/debrief-bench

clean:
	rm -rf .build $(REPORTS)
