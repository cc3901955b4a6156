// Random version 4 UUIDs from OpenSSL's CSPRNG behind ports::id_generator.
#pragma once

#include <offertracker/ports/id_generator.hpp>

namespace offertracker::adapters::crypto {

// "xxxxxxxx-xxxx-4xxx-[89ab]xxx-xxxxxxxxxxxx", lower-case hex. Thread-safe.
// Throws std::runtime_error if the random source fails.
class random_id_generator final : public ports::id_generator {
public:
    domain::id new_id() override;
};

}  // namespace offertracker::adapters::crypto
