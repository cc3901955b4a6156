// Readable field errors in the kit tests' failure messages.
#pragma once

#include <string>

#include <catch2/catch.hpp>

#include <offertracker/domain/error.hpp>

namespace Catch {

template <>
struct StringMaker<offertracker::domain::field_error> {
    static std::string convert(const offertracker::domain::field_error& e) {
        std::string out = "{[";
        for (const auto& part : e.path) out += part + ",";
        out += "] code " + std::to_string(static_cast<int>(e.code));
        if (e.limit) out += " limit=" + std::to_string(*e.limit);
        if (!e.expected.empty()) out += " expected=" + e.expected;
        for (const auto& a : e.allowed) out += " allowed=" + a;
        if (!e.other.empty()) out += " other=" + e.other;
        return out + " origin=" + e.origin + "}";
    }
};

}  // namespace Catch
