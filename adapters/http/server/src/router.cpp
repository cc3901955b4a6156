// Route table and matching: per-mount shapes (segment lists), each holding the handlers of its methods.
#include <offertracker/http/router.hpp>

#include <offertracker/http/form.hpp>
#include <offertracker/text/utf8.hpp>

#include <algorithm>
#include <stdexcept>

namespace offertracker::adapters::http {

namespace {

// "/a/b/" -> {"a","b"}; "" and "/" -> {}. One trailing slash is dropped so "/tags/" and "/tags" are one route.
std::vector<std::string_view> split_path(std::string_view path) {
    if (!path.empty() && path.front() == '/') path.remove_prefix(1);
    if (!path.empty() && path.back() == '/') path.remove_suffix(1);
    std::vector<std::string_view> segments;
    if (path.empty()) return segments;
    while (true) {
        const auto slash = path.find('/');
        segments.push_back(path.substr(0, slash));
        if (slash == std::string_view::npos) break;
        path.remove_prefix(slash + 1);
    }
    return segments;
}

bool valid_param_name(std::string_view name) noexcept {
    if (name.empty()) return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    });
}

response plain_error(unsigned status, std::string_view message) {
    return response::text(status, std::string{message} + "\n");
}

std::string_view path_of(std::string_view target) noexcept { return target.substr(0, target.find('?')); }

}  // namespace

struct mount::route_shape {
    struct segment {
        bool is_param = false;
        std::string literal;  // empty for a parameter
    };
    struct method_route {
        std::string method;
        std::vector<std::string> param_names;  // one per parameter segment, in order
        handler fn;
        route_options options;
    };

    std::vector<segment> segments;
    std::vector<method_route> methods;
    std::string pattern;  // as first registered, for the documentation

    [[nodiscard]] bool same_shape(const std::vector<segment>& other) const {
        return std::equal(segments.begin(), segments.end(), other.begin(), other.end(),
                          [](const segment& a, const segment& b) {
                              return a.is_param == b.is_param && a.literal == b.literal;
                          });
    }

    [[nodiscard]] bool matches(const std::vector<std::string>& decoded) const {
        if (decoded.size() != segments.size()) return false;
        for (std::size_t i = 0; i < decoded.size(); ++i) {
            if (segments[i].is_param ? decoded[i].empty() : decoded[i] != segments[i].literal) return false;
        }
        return true;
    }

    // Fixed segments beat parameters, compared left to right.
    [[nodiscard]] bool more_specific_than(const route_shape& other) const {
        for (std::size_t i = 0; i < segments.size() && i < other.segments.size(); ++i) {
            if (segments[i].is_param != other.segments[i].is_param) return !segments[i].is_param;
        }
        return false;
    }

    [[nodiscard]] const method_route* find(std::string_view method) const {
        for (const auto& m : methods) {
            if (m.method == method) return &m;
        }
        return nullptr;
    }
};

std::string_view path_params::get(std::string_view name) const noexcept { return find(name).value_or(""); }

std::optional<std::string_view> path_params::find(std::string_view name) const noexcept {
    for (const auto& [key, value] : values_) {
        if (key == name) return std::string_view{value};
    }
    return std::nullopt;
}

mount::mount(std::string prefix, error_renderer renderer)
    : prefix_(std::move(prefix)), renderer_(std::move(renderer)) {}

mount::~mount() = default;

mount& mount::add(std::string_view method, std::string_view pattern, handler h, route_options options) {
    if (method.empty()) throw std::invalid_argument("route method is empty");
    if (pattern.empty() || pattern.front() != '/')
        throw std::invalid_argument("route pattern must start with '/': " + std::string{pattern});
    if (!h) throw std::invalid_argument("route handler is empty: " + std::string{pattern});

    std::vector<route_shape::segment> segments;
    std::vector<std::string> names;
    for (const auto raw : split_path(pattern)) {
        const bool opens = raw.find('{') != std::string_view::npos;
        const bool closes = raw.find('}') != std::string_view::npos;
        if (!opens && !closes) {
            segments.push_back({false, std::string{raw}});
            continue;
        }
        const bool whole = raw.size() >= 2 && raw.front() == '{' && raw.back() == '}';
        const std::string_view name = whole ? raw.substr(1, raw.size() - 2) : std::string_view{};
        if (!whole || !valid_param_name(name))
            throw std::invalid_argument("malformed route parameter in " + std::string{pattern});
        if (std::find(names.begin(), names.end(), name) != names.end())
            throw std::invalid_argument("repeated route parameter in " + std::string{pattern});
        names.emplace_back(name);
        segments.push_back({true, {}});
    }

    auto shape = std::find_if(shapes_.begin(), shapes_.end(), [&](const auto& s) { return s->same_shape(segments); });
    if (shape == shapes_.end()) {
        auto created = std::make_unique<route_shape>();
        created->segments = std::move(segments);
        created->pattern = std::string{pattern};
        shapes_.push_back(std::move(created));
        shape = std::prev(shapes_.end());
    }
    if ((*shape)->find(method))
        throw std::invalid_argument("duplicate route " + std::string{method} + " " + std::string{pattern});
    (*shape)->methods.push_back({std::string{method}, std::move(names), std::move(h), std::move(options)});
    return *this;
}

mount& mount::schema(std::string name, std::string json_schema) {
    for (auto& [existing, text] : schemas_) {
        if (existing == name) throw std::invalid_argument("duplicate schema " + name);
    }
    schemas_.emplace_back(std::move(name), std::move(json_schema));
    return *this;
}

router::router() = default;
router::~router() = default;
router::router(router&&) noexcept = default;
router& router::operator=(router&&) noexcept = default;

router& router::retain(std::shared_ptr<const void> owned) {
    retained_.push_back(std::move(owned));
    return *this;
}

mount& router::mount_at(std::string_view prefix, error_renderer renderer) {
    if (!prefix.empty() && (prefix.front() != '/' || prefix.back() == '/'))
        throw std::invalid_argument("mount prefix must be empty or '/x' without a trailing slash: " +
                                    std::string{prefix});
    for (auto& m : mounts_) {
        if (m->prefix_ == prefix) {
            if (!m->renderer_) m->renderer_ = std::move(renderer);
            return *m;
        }
    }
    mounts_.push_back(std::unique_ptr<mount>(new mount(std::string{prefix}, std::move(renderer))));
    return *mounts_.back();
}

const mount* router::owner_of(std::string_view path) const noexcept {
    const mount* best = nullptr;
    for (const auto& m : mounts_) {
        const std::string& p = m->prefix_;
        const bool owns = path.substr(0, p.size()) == p && (path.size() == p.size() || path[p.size()] == '/');
        if (owns && (!best || p.size() > best->prefix_.size())) best = m.get();
    }
    return best;
}

// The outcome of routing one request: the route and its parameters, or the error status (404/405) to render.
struct router::match {
    const mount* owner = nullptr;
    const mount::route_shape::method_route* route = nullptr;
    std::vector<std::pair<std::string, std::string>> params;
    unsigned status = 404;
    std::string allow;  // the Allow header of a 405
};

router::match router::find(const request& req) const {
    match found;
    const std::string_view path = path_of(req.path);
    found.owner = owner_of(path);
    if (!found.owner) return found;

    // Decode each segment on its own: "%2F" inside a segment stays inside it and never adds a level.
    std::vector<std::string> decoded;
    for (const auto raw : split_path(path.substr(found.owner->prefix_.size()))) {
        auto segment = percent_decode(raw, false);
        if (!segment || !text::is_storable_text(*segment)) return found;
        decoded.push_back(std::move(*segment));
    }

    std::vector<const mount::route_shape*> candidates;
    for (const auto& shape : found.owner->shapes_) {
        if (shape->matches(decoded)) candidates.push_back(shape.get());
    }
    if (candidates.empty()) return found;
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const auto* a, const auto* b) { return a->more_specific_than(*b); });

    for (const auto* shape : candidates) {
        const auto* route = shape->find(req.method);
        if (!route && req.method == "HEAD") route = shape->find("GET");
        if (!route) continue;
        std::size_t next_name = 0;
        for (std::size_t i = 0; i < decoded.size(); ++i) {
            if (shape->segments[i].is_param) found.params.emplace_back(route->param_names[next_name++], decoded[i]);
        }
        found.route = route;
        found.status = 0;
        return found;
    }

    std::vector<std::string> allowed;
    const auto allow = [&](const std::string& m) {
        if (std::find(allowed.begin(), allowed.end(), m) == allowed.end()) allowed.push_back(m);
    };
    for (const auto* shape : candidates) {
        for (const auto& m : shape->methods) {
            allow(m.method);
            if (m.method == "GET") allow("HEAD");
        }
    }
    for (const auto& m : allowed) found.allow += (found.allow.empty() ? "" : ", ") + m;
    found.status = 405;
    return found;
}

struct next_step::chain {
    const std::vector<filter>* outer = nullptr;  // the router's
    const std::vector<filter>* inner = nullptr;  // the owning mount's; nullptr when no mount owns the path
    const mount* owner = nullptr;
    response (*end)(const void* context, request& req) = nullptr;
    const void* end_context = nullptr;
};

namespace {

response render_in(const error_renderer* renderer, const request& req, unsigned status, std::string_view message) {
    if (renderer && *renderer) {
        try {
            return (*renderer)(req, status, message);
        } catch (...) {
            // A broken renderer must not turn an error response into a crash; fall through to plain text.
        }
    }
    return plain_error(status, message);
}

}  // namespace

response next_step::operator()(request& req) const {
    const std::size_t outer = chain_->outer->size();
    const std::size_t inner = chain_->inner ? chain_->inner->size() : 0;
    if (index_ < outer) return (*chain_->outer)[index_](req, next_step{*chain_, index_ + 1});
    if (index_ < outer + inner) return (*chain_->inner)[index_ - outer](req, next_step{*chain_, index_ + 1});
    return chain_->end(chain_->end_context, req);
}

// An error's rendering as the end of a chain.
struct router::error_end {
    const mount* owner;
    unsigned status;
    std::string_view message;
    std::string_view allow;  // the Allow header of a 405

    static response call(const void* context, request& req) {
        const auto& e = *static_cast<const error_end*>(context);
        auto res = render_in(e.owner ? &e.owner->renderer_ : nullptr, req, e.status, e.message);
        if (!e.allow.empty()) res.set_header("Allow", e.allow);
        return res;
    }
};

response next_step::error(request& req, unsigned status, std::string_view message) const {
    const router::error_end end{chain_->owner, status, message, {}};
    chain rest = *chain_;
    rest.end = &router::error_end::call;
    rest.end_context = &end;
    return next_step{rest, index_}(req);
}

response router::run(request& req, const mount* owner, next_step::chain& chain) const {
    chain.outer = &filters_;
    chain.inner = owner ? &owner->filters_ : nullptr;
    chain.owner = owner;
    return next_step{chain, 0}(req);
}

response router::handle(request& req) const {
    auto found = find(req);
    next_step::chain chain;
    if (found.route) {
        struct route_end {
            const mount::route_shape::method_route* route;
            path_params params;
            static response call(const void* context, request& r) {
                const auto& e = *static_cast<const route_end*>(context);
                return e.route->fn(r, e.params);
            }
        } const end{found.route, path_params{std::move(found.params)}};
        chain.end = &route_end::call;
        chain.end_context = &end;
        return run(req, found.owner, chain);
    }
    const bool wrong_method = found.status == 405;
    const error_end end{found.owner, found.status, wrong_method ? "Method Not Allowed" : "Not Found",
                        wrong_method ? std::string_view{found.allow} : std::string_view{}};
    chain.end = &error_end::call;
    chain.end_context = &end;
    return run(req, found.owner, chain);
}

response router::handle_error(request& req, unsigned status, std::string_view message) const {
    const mount* owner = owner_of(path_of(req.path));
    const error_end end{owner, status, message, {}};
    next_step::chain chain;
    chain.end = &error_end::call;
    chain.end_context = &end;
    return run(req, owner, chain);
}

router& router::add_filter(filter f) {
    if (!f) throw std::invalid_argument("router filter is empty");
    filters_.push_back(std::move(f));
    return *this;
}

response mount::render_error(const request& req, unsigned status, std::string_view message) const {
    return render_in(&renderer_, req, status, message);
}

mount& mount::add_filter(filter f) {
    if (!f) throw std::invalid_argument("mount filter is empty");
    filters_.push_back(std::move(f));
    return *this;
}

void router::each_route(const std::function<void(const route_listing&)>& visit) const {
    for (const auto& m : mounts_) {
        for (const auto& shape : m->shapes_) {
            for (const auto& route : shape->methods) {
                // Name the parameters as this method registered them (shapes match by position, not by name).
                std::string pattern;
                std::size_t next_name = 0;
                for (const auto& segment : shape->segments)
                    pattern += "/" + (segment.is_param ? "{" + route.param_names[next_name++] + "}" : segment.literal);
                if (pattern.empty() || shape->pattern.back() == '/') pattern += "/";
                visit(route_listing{m->prefix_, route.method, std::move(pattern), route.options.doc});
            }
        }
    }
}

void router::each_mount(const std::function<void(const mount&)>& visit) const {
    for (const auto& m : mounts_) visit(*m);
}

std::size_t router::body_limit(const request& head, std::size_t default_limit) const noexcept {
    try {
        const auto found = find(head);
        if (!found.route || found.route->options.body_limit == 0) return default_limit;
        const auto& options = found.route->options;
        if (options.body_limit <= default_limit) return options.body_limit;
        return !options.admit || options.admit(head) ? options.body_limit : default_limit;
    } catch (...) {
        return default_limit;  // a throwing admission check grants nothing
    }
}

}  // namespace offertracker::adapters::http
