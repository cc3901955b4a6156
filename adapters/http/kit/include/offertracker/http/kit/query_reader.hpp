// Reads query parameters (skip/limit, filters), collecting errors in the 422 shape with loc ["query", name].
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <offertracker/http/form.hpp>
#include <offertracker/domain/enum_table.hpp>
#include <offertracker/domain/error.hpp>
#include <offertracker/ports/page.hpp>

namespace offertracker::adapters::http::offertracker_api {

class query_reader {
public:
    explicit query_reader(std::string_view query);

    std::optional<std::string> string(std::string_view name) const;
    long long integer(std::string_view name, long long fallback);
    std::optional<bool> boolean(std::string_view name);
    template <class E>
    std::optional<E> enumeration(std::string_view name);
    // skip/limit with the endpoint's default limit, validated by the core's paging rule.
    std::optional<ports::page> page(long long default_limit);

    std::optional<domain::error> finish() &&;

private:
    void fail(std::string_view name, std::string msg, std::string type);
    form_fields fields_;
    std::vector<domain::field_error> errors_;
};

template <class E>
std::optional<E> query_reader::enumeration(std::string_view name) {
    auto text = string(name);
    if (!text || text->empty()) return std::nullopt;
    if (auto e = domain::parse_enum<E>(*text)) return e;
    fail(name, domain::enum_expectation<E>(), "enum");
    return std::nullopt;
}

}  // namespace offertracker::adapters::http::offertracker_api
