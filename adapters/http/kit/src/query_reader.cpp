// Query parameter parsing for the OfferTracker surface.
#include "query_reader.hpp"

#include <charconv>

#include <offertracker/domain/validation.hpp>
#include <offertracker/usecases/paging.hpp>

namespace offertracker::adapters::http::offertracker_api {

query_reader::query_reader(std::string_view query) {
    if (auto parsed = parse_query(query))
        fields_ = std::move(*parsed);
    else
        errors_.push_back({{"query"}, "Invalid percent-encoding in the query string", "value_error"});
    for (const auto& [name, value] : fields_) {
        // A name that is not text itself cannot be echoed in the error's loc (the body must stay valid JSON).
        if (domain::unstorable_text({}, name)) {
            errors_.push_back({{"query"}, "Invalid parameter name in the query string", "value_error"});
        } else if (auto e = domain::unstorable_text({"query", name}, value)) {
            errors_.push_back(std::move(*e));
        }
    }
}

void query_reader::fail(std::string_view name, std::string msg, std::string type) {
    errors_.push_back({{"query", std::string(name)}, std::move(msg), std::move(type)});
}

std::optional<std::string> query_reader::string(std::string_view name) const {
    if (auto v = find_field(fields_, name)) return std::string(*v);
    return std::nullopt;
}

long long query_reader::integer(std::string_view name, long long fallback) {
    auto text = string(name);
    if (!text) return fallback;
    long long value = 0;
    const auto* end = text->data() + text->size();
    auto [ptr, ec] = std::from_chars(text->data(), end, value);
    if (ec != std::errc{} || ptr != end || text->empty()) {
        fail(name, "Input should be a valid integer, unable to parse string as an integer", "int_parsing");
        return fallback;
    }
    return value;
}

std::optional<bool> query_reader::boolean(std::string_view name) {
    auto text = string(name);
    if (!text || text->empty()) return std::nullopt;
    if (*text == "true" || *text == "1") return true;
    if (*text == "false" || *text == "0") return false;
    fail(name, "Input should be a valid boolean, unable to interpret input", "bool_parsing");
    return std::nullopt;
}

std::optional<ports::page> query_reader::page(long long default_limit) {
    const auto before = errors_.size();
    const long long skip = integer("skip", 0);
    const long long limit = integer("limit", default_limit);
    if (errors_.size() != before) return std::nullopt;
    auto p = usecases::make_page(skip, limit);
    if (!p) {
        for (const auto& f : p.error().field_errors) errors_.push_back(f);
        return std::nullopt;
    }
    return *p;
}

std::optional<domain::error> query_reader::finish() && {
    if (errors_.empty()) return std::nullopt;
    return domain::error::validation(std::move(errors_));
}

}  // namespace offertracker::adapters::http::offertracker_api
