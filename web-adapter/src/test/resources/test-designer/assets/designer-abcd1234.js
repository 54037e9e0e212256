console.log("designer")
