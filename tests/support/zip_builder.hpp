// A zip archive built in memory with libzip, for tests that need DOCX files (or broken ones) without fixtures.
#pragma once

#include <zip.h>

#include <catch2/catch.hpp>

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

namespace offertracker::testing {

// The archive of the given (name, bytes) entries, in order; `encrypt` names an entry to protect with AES-256
// (password "pw").
inline std::string zip_of(const std::vector<std::pair<std::string, std::string>>& entries,
                          const std::string& encrypt = {}) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    REQUIRE(buffer);
    zip_source_keep(buffer);
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    REQUIRE(archive);
    for (const auto& [name, data] : entries) {
        zip_source_t* source = zip_source_buffer(archive, data.data(), data.size(), 0);
        REQUIRE(source);
        const zip_int64_t index = zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
        REQUIRE(index >= 0);
        if (name == encrypt)
            REQUIRE(zip_file_set_encryption(archive, static_cast<zip_uint64_t>(index), ZIP_EM_AES_256, "pw") == 0);
    }
    REQUIRE(zip_close(archive) == 0);
    REQUIRE(zip_source_open(buffer) == 0);
    REQUIRE(zip_source_seek(buffer, 0, SEEK_END) == 0);
    const zip_int64_t size = zip_source_tell(buffer);
    REQUIRE(zip_source_seek(buffer, 0, SEEK_SET) == 0);
    std::string out(static_cast<std::size_t>(size), '\0');
    REQUIRE(zip_source_read(buffer, out.data(), out.size()) == size);
    zip_source_close(buffer);
    zip_source_free(buffer);
    zip_error_fini(&error);
    return out;
}

}  // namespace offertracker::testing
