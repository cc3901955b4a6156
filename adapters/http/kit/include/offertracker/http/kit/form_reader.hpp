// Reads an application/x-www-form-urlencoded body, collecting every problem as a neutral field error with
// origin "form" and the field's name as its path.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <offertracker/domain/error.hpp>
#include <offertracker/http/form.hpp>
#include <offertracker/http/message.hpp>

namespace offertracker::adapters::http::kit {

// Whether the request's Content-Type says its body is a urlencoded form.
bool is_form(const request& req);

// A body that does not decode is one malformed "urlencoded" error (empty path); a field that is not storable
// text is contains_nul or not_utf8.
class form_reader {
public:
    explicit form_reader(std::string_view body);

    std::string required_string(std::string_view name);  // missing when absent
    std::optional<std::string> optional_string(std::string_view name);

    std::optional<domain::error> finish() &&;

private:
    form_fields fields_;
    bool body_failed_ = false;
    std::vector<domain::field_error> errors_;
};

}  // namespace offertracker::adapters::http::kit
