// Query parameter parsing: neutral field errors with origin "query".
#include <offertracker/http/kit/query_reader.hpp>

#include <charconv>

#include <offertracker/domain/validation.hpp>

namespace offertracker::adapters::http::kit {
using domain::field_code;

query_reader::query_reader(std::string_view query) {
    if (auto parsed = parse_query(query))
        fields_ = std::move(*parsed);
    else
        errors_.push_back({.code = field_code::malformed, .expected = "urlencoded", .origin = "query"});
    for (const auto& [name, value] : fields_) {
        // A name that is not text itself cannot be echoed in an error's path (the reply must stay valid text).
        if (domain::unstorable_text({}, name)) {
            errors_.push_back({.code = field_code::unreadable_name, .origin = "query"});
        } else if (auto e = domain::unstorable_text({name}, value)) {
            e->origin = "query";
            errors_.push_back(std::move(*e));
        }
    }
}

void query_reader::fail(std::string_view name, field_code code, std::string expected) {
    errors_.push_back({.path = {std::string(name)}, .code = code, .expected = std::move(expected), .origin = "query"});
}

std::optional<std::string> query_reader::string(std::string_view name) const {
    if (auto v = find_field(fields_, name)) return std::string(*v);
    return std::nullopt;
}

domain::result<long long> integer_from_text(std::string_view name, std::string_view text, std::string origin) {
    long long value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc{} && end == text.data() + text.size() && !text.empty()) return value;
    return domain::error::validation({{.path = {std::string(name)},
                                       .code = ec == std::errc::result_out_of_range ? field_code::out_of_range
                                                                                    : field_code::malformed,
                                       .expected = "integer",
                                       .origin = std::move(origin)}});
}

std::optional<long long> query_reader::integer(std::string_view name, long long fallback) {
    auto text = string(name);
    if (!text) return fallback;
    long long value = 0;
    const auto* end = text->data() + text->size();
    auto [ptr, ec] = std::from_chars(text->data(), end, value);
    if (ec != std::errc{} || ptr != end || text->empty()) {
        fail(name, field_code::malformed, "integer");
        return std::nullopt;
    }
    return value;
}

std::optional<bool> query_reader::boolean(std::string_view name) {
    auto text = string(name);
    if (!text || text->empty()) return std::nullopt;
    if (*text == "true" || *text == "1") return true;
    if (*text == "false" || *text == "0") return false;
    fail(name, field_code::malformed, "boolean");
    return std::nullopt;
}

void query_reader::report(std::vector<domain::field_error> errors) {
    for (auto& e : errors) {
        if (e.origin.empty()) e.origin = "query";
        errors_.push_back(std::move(e));
    }
}

std::optional<domain::error> query_reader::finish() && {
    if (errors_.empty()) return std::nullopt;
    return domain::error::validation(std::move(errors_));
}

}  // namespace offertracker::adapters::http::kit
