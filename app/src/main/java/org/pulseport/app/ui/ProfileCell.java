package org.pulseport.app.ui;

import javafx.scene.control.ListCell;
import org.pulseport.core.model.Profile;

/** Shows a profile by its name in lists and combo boxes, or a placeholder when there is none. */
final class ProfileCell extends ListCell<Profile> {

    private final String placeholder;

    ProfileCell(String placeholder) {
        this.placeholder = placeholder;
    }

    @Override
    protected void updateItem(Profile profile, boolean empty) {
        super.updateItem(profile, empty);
        setText(empty || profile == null ? placeholder : profile.name());
    }
}
