// Vocabulary shared by every entity: ids and the three-state field of a partial update.
#pragma once

#include <optional>
#include <string>

namespace offertracker::domain {

// Ids are UUID strings (the OfferTracker surface shows them as they are).
using id = std::string;

// A field of a partial update (PUT): nullopt = not sent (keep), a held nullopt = sent as null (clear),
// a held value = set. E.g. patch<std::string> notes; notes = std::optional<std::string>{} clears notes.
template <class T>
using patch = std::optional<std::optional<T>>;

// Applies a patch to an optional field.
template <class T>
void apply(const patch<T>& change, std::optional<T>& field) {
    if (change) field = *change;
}

}  // namespace offertracker::domain
