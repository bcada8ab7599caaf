package org.pulseport.devices.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A Garmin Edge as the computer sees it over USB mass storage: a directory tree with {@code GARMIN/GarminDevice.xml}
 * declaring the activity folder ({@code GARMIN/ACTIVITY}), the workout folder ({@code GARMIN/WORKOUTS}) and the
 * new-files folder ({@code GARMIN/NEWFILES}) as real Edge units do, in the upper case a FAT volume shows, with FIT
 * activity files in the activity folder. For tests and for trying head-unit import without a unit.
 */
public final class GarminVolumeSimulator {

    public static final String ACTIVITY_FOLDER = "GARMIN/ACTIVITY";
    public static final String WORKOUT_FOLDER = "GARMIN/WORKOUTS";
    public static final String NEW_FILES_FOLDER = "GARMIN/NEWFILES";

    private GarminVolumeSimulator() {
    }

    /** Writes the volume under {@code root} with copies of {@code activities}; returns {@code root}. */
    public static Path create(Path root, String model, String unitId, List<Path> activities) throws IOException {
        Files.createDirectories(root.resolve(ACTIVITY_FOLDER));
        Files.createDirectories(root.resolve(WORKOUT_FOLDER));
        Files.createDirectories(root.resolve(NEW_FILES_FOLDER));
        Files.writeString(root.resolve("GARMIN/GarminDevice.xml"), description(model, unitId), StandardCharsets.UTF_8);
        for (Path activity : activities) {
            Files.copy(activity, root.resolve(ACTIVITY_FOLDER).resolve(activity.getFileName().toString()),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        return root;
    }

    /** The device description, in the GarminDevice v2 schema. */
    public static String description(String model, String unitId) {
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="no" ?>
                <Device xmlns="http://www.garmin.com/xmlschemas/GarminDevice/v2">
                  <Model>
                    <PartNumber>006-B0000-00</PartNumber>
                    <SoftwareVersion>1000</SoftwareVersion>
                    <Description>%s</Description>
                  </Model>
                  <Id>%s</Id>
                  <DisplayName>%s</DisplayName>
                  <MassStorageMode>
                    <DataType>
                      <Name>FIT_TYPE_4</Name>
                      <File>
                        <Specification><Identifier>FIT</Identifier></Specification>
                        <Location><Path>%s</Path><FileExtension>FIT</FileExtension></Location>
                        <TransferDirection>OutputFromUnit</TransferDirection>
                      </File>
                    </DataType>
                    <DataType>
                      <Name>FIT_TYPE_5</Name>
                      <File>
                        <Specification><Identifier>FIT</Identifier></Specification>
                        <Location><Path>%s</Path><FileExtension>FIT</FileExtension></Location>
                        <TransferDirection>OutputFromUnit</TransferDirection>
                      </File>
                      <File>
                        <Specification><Identifier>FIT</Identifier></Specification>
                        <Location><Path>%s</Path><FileExtension>FIT</FileExtension></Location>
                        <TransferDirection>InputToUnit</TransferDirection>
                      </File>
                    </DataType>
                  </MassStorageMode>
                </Device>
                """.formatted(model, unitId, model, ACTIVITY_FOLDER, WORKOUT_FOLDER, NEW_FILES_FOLDER);
    }
}
