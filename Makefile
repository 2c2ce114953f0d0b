# Two commands for a fresh Debian/Ubuntu machine with Swift:
#   make run    install what is missing, build, render every example into reports/
#   make test   install what is missing, run every test
SWIFT ?= swift
REPORTS ?= reports
EXAMPLES := $(filter-out Examples/README.md,$(wildcard Examples/*.md))

.PHONY: run test build deps test-deps bench templates clean

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
	@echo "Open $(REPORTS)/notes-app-paste.html in a browser to see a report."

test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench: deps
	$(SWIFT) build -c release --product debrief-bench
	.build/release/debrief-bench

# After editing Templates/*.mustache: regenerate the copy compiled into the binary.
templates:
	scripts/embed-templates

clean:
	rm -rf .build $(REPORTS)
