// Method + path-pattern routing, grouped into mounts (one per surface prefix) with per-mount error shapes.
#pragma once

#include <offertracker/http/filter.hpp>
#include <offertracker/http/message.hpp>
#include <offertracker/http/route_doc.hpp>
#include <offertracker/http/service.hpp>

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace offertracker::adapters::http {

// Values of a matched route's {name} segments, percent-decoded ("%2F" gives '/', '+' stays '+').
class path_params {
public:
    path_params() = default;
    explicit path_params(std::vector<std::pair<std::string, std::string>> values) : values_(std::move(values)) {}

    // The decoded value, or an empty view when the route has no such parameter.
    [[nodiscard]] std::string_view get(std::string_view name) const noexcept;
    [[nodiscard]] std::optional<std::string_view> find(std::string_view name) const noexcept;
    [[nodiscard]] const std::vector<std::pair<std::string, std::string>>& all() const noexcept { return values_; }

private:
    std::vector<std::pair<std::string, std::string>> values_;
};

using handler = std::function<response(const request&, const path_params&)>;

// What a route declares besides its method, pattern and handler.
struct route_options {
    // The largest body the route reads; 0 keeps the server's default. A limit above the default is granted only
    // when `admit` accepts the request's head (its headers; the body is not read yet), e.g. a valid token, so an
    // anonymous client can never make the server read a large body.
    std::size_t body_limit = 0;
    std::function<bool(const request& head)> admit;
    // Its documentation (GET /openapi.json is generated from it).
    route_doc doc;
};

// One registered route as the documentation sees it.
struct route_listing {
    const std::string& mount_prefix;
    const std::string& method;
    std::string pattern;  // as registered, relative to the mount, e.g. "/applications/{id}"
    const route_doc& doc;
};
// Renders a router- or server-generated error (404, 405, 413, 500, ...) in a surface's documented shape; the
// request (what was read of it) lets a surface choose, e.g. HTML for a browser and JSON for an API client.
using error_renderer = std::function<response(const request& req, unsigned status, std::string_view message)>;

// Routes registered under one path prefix, e.g. "/api/v1"; "" is the server root.
class mount {
public:
    ~mount();
    mount(const mount&) = delete;
    mount& operator=(const mount&) = delete;

    // Registers `h` for `method` (e.g. "GET") and `pattern` (e.g. "/applications/{id}/stages"), relative to the
    // mount's prefix. A {name} segment matches one non-empty segment. A trailing slash is insignificant: "/tags/"
    // and "/tags" are the same route. Throws std::invalid_argument on a malformed pattern (no leading '/', a brace
    // that is not a whole segment, an empty or repeated parameter name) or a duplicate method + pattern.
    mount& add(std::string_view method, std::string_view pattern, handler h, route_options options = {});
    mount& get(std::string_view pattern, handler h, route_options o = {}) { return add("GET", pattern, std::move(h), std::move(o)); }
    mount& post(std::string_view pattern, handler h, route_options o = {}) { return add("POST", pattern, std::move(h), std::move(o)); }
    mount& put(std::string_view pattern, handler h, route_options o = {}) { return add("PUT", pattern, std::move(h), std::move(o)); }
    mount& patch(std::string_view pattern, handler h, route_options o = {}) { return add("PATCH", pattern, std::move(h), std::move(o)); }
    mount& del(std::string_view pattern, handler h, route_options o = {}) { return add("DELETE", pattern, std::move(h), std::move(o)); }

    // Wraps every response of this mount (its routes', its 404/405, and the server's errors for its paths) in
    // `f`, inside the router's own filters; filters added first are outermost.
    mount& add_filter(filter f);

    // An error in this mount's shape, for a handler that answers one itself (the filters then wrap it as they
    // wrap any response of the handler). Plain text when the mount has no renderer or it throws.
    [[nodiscard]] response render_error(const request& req, unsigned status, std::string_view message) const;

    [[nodiscard]] const std::string& prefix() const noexcept { return prefix_; }

    // Registers a named JSON Schema (text) that route docs of this mount refer to by name.
    mount& schema(std::string name, std::string json_schema);
    [[nodiscard]] const std::vector<std::pair<std::string, std::string>>& schemas() const noexcept { return schemas_; }

private:
    friend class router;
    struct route_shape;
    mount(std::string prefix, error_renderer renderer);

    std::string prefix_;
    error_renderer renderer_;
    std::vector<std::unique_ptr<route_shape>> shapes_;
    std::vector<std::pair<std::string, std::string>> schemas_;
    std::vector<filter> filters_;
};

// The one router of a server. Setup (mount, add) is single-threaded and must finish before the first dispatch;
// afterwards the router is immutable and dispatch/render_error are safe from any number of threads.
//
// Matching: the mount with the longest prefix that the path equals or continues with '/' owns the request (no
// fallback to shorter mounts). Within it, path segments are percent-decoded one by one (so an encoded '/' never
// changes routing) and compared with the patterns; a segment that does not decode to NUL-free UTF-8 names nothing
// (404), so handlers and stores only ever see text they can keep; when several patterns match, the most specific wins (fixed
// segments beat parameters, left to right) among those that accept the method. If some pattern matches the path
// but none accepts the method: 405 with an Allow header. HEAD falls back to GET routes (the server drops the
// body). No match, or a segment with an invalid %-escape: 404. Errors are rendered by the owning mount's renderer.
//
// Every request, and every error the server answers itself, passes through the router's filters and then the
// owning mount's (none for a path no mount owns) before its handler or error rendering.
class router final : public service {
public:
    router();
    ~router() override;
    router(router&&) noexcept;
    router& operator=(router&&) noexcept;
    router(const router&) = delete;
    router& operator=(const router&) = delete;

    // The mount for `prefix` ("" or "/x[/y...]", no trailing slash; throws std::invalid_argument otherwise).
    // Creates it on first use; a later call with the same prefix returns the same mount and keeps the first
    // non-empty renderer. The reference stays valid for the router's lifetime.
    mount& mount_at(std::string_view prefix, error_renderer renderer = {});

    // Wraps every response of every mount, and of paths no mount owns, in `f`; filters added first are outermost.
    router& add_filter(filter f);

    // Keeps `owned` alive as long as the router: what a surface's handlers and renderers refer to by reference
    // (its context), so no route has to carry it.
    router& retain(std::shared_ptr<const void> owned);

    // Routes the request through the filters and calls the handler. Handler exceptions propagate (the server
    // turns them into a 500 through handle_error).
    [[nodiscard]] response handle(request& req) const override;
    [[nodiscard]] response dispatch(request req) const { return handle(req); }

    // The body limit for a request whose head (method, path, headers; no body yet) is `head`: the matched route's
    // route_options::body_limit when it declares one (a larger one only if its `admit` accepts the head),
    // otherwise `default_limit`. Fast and thread-safe: the server asks it on I/O threads.
    [[nodiscard]] std::size_t body_limit(const request& head, std::size_t default_limit) const noexcept override;

    // Every route, mount by mount in registration order, then route by route.
    void each_route(const std::function<void(const route_listing&)>& visit) const;
    // Every mount (for their schemas and prefixes), in registration order.
    void each_mount(const std::function<void(const mount&)>& visit) const;

    // Renders an error in the shape of the mount that owns the request's path, through the filters; a plain-text
    // body when no mount or renderer applies, or when the renderer throws.
    [[nodiscard]] response handle_error(request& req, unsigned status, std::string_view message) const override;
    [[nodiscard]] response render_error(request req, unsigned status, std::string_view message) const {
        return handle_error(req, status, message);
    }

private:
    struct match;
    struct error_end;
    friend class next_step;
    [[nodiscard]] response run(request& req, const mount* owner, next_step::chain& chain) const;
    [[nodiscard]] const mount* owner_of(std::string_view path) const noexcept;
    [[nodiscard]] match find(const request& req) const;
    std::vector<std::unique_ptr<mount>> mounts_;
    std::vector<filter> filters_;
    std::vector<std::shared_ptr<const void>> retained_;
};

}  // namespace offertracker::adapters::http
