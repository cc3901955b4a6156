// An in-process OfferTracker server for fuzzing: the real router with the OfferTracker API and the interview-prep
// web over in-memory adapters, with no sockets. Raw bytes go through Beast's request parser, then the router, as the Beast session would do.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include <offertracker/http/message.hpp>

namespace offertracker::fuzz {

// One application wired like app/composition.cpp, but on adapters/memory (fake hasher, fake tokens, manual clock,
// sequential ids, in-memory files) and the store OFFERTRACKER_FUZZ_STORE names (memory by default; sqlite or
// postgresql for the replays). reset() swaps in a fresh store holding one seeded user with one application (with a
// stage), signed in to the web with one practice session for that application, so every input starts from the same
// state and memory does not grow across inputs.
// Not thread-safe: one instance per fuzzing process.
class fuzz_app {
public:
    fuzz_app();
    ~fuzz_app();
    fuzz_app(const fuzz_app&) = delete;
    fuzz_app& operator=(const fuzz_app&) = delete;

    void reset();

    // The seeded user's bearer token ("fake-token:<user id>"), application id and stage id.
    [[nodiscard]] const std::string& token() const;
    [[nodiscard]] const std::string& application_id() const;
    [[nodiscard]] const std::string& stage_id() const;
    // The seeded user's web `session` cookie value and practice-session id.
    [[nodiscard]] const std::string& cookie() const;
    [[nodiscard]] const std::string& session_id() const;

    // Routes one request as the server would (body-limit policy, router, error renderer). A handler exception
    // is NOT caught: the server would turn it into a 500, the fuzzer reports it as a finding.
    [[nodiscard]] adapters::http::response handle(const adapters::http::request& req) const;

    // Feeds bytes to Beast's request parser (the server's header and body limits) and handles every complete
    // request in them, in order, as a keep-alive connection would; stops at the first parse error (the server
    // answers 400/413/431 and closes). Calls on_response for each response. Returns how many were handled.
    std::size_t handle_bytes(std::string_view bytes,
                             const std::function<void(const adapters::http::request&, const adapters::http::response&)>&
                                 on_response = {}) const;

private:
    struct impl;
    std::unique_ptr<impl> impl_;
};

// Aborts (a fuzzer finding) when a response breaks the server's invariants: a status outside 200..599, a 5xx, or
// a body that claims to be JSON but does not parse.
void check_response(const adapters::http::request& req, const adapters::http::response& res);

}  // namespace offertracker::fuzz
